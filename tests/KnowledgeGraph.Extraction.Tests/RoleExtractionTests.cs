using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Who holds which office, written before the name, in an apposition after it, or as a description it is apposed to.</summary>
public sealed class RoleExtractionTests
{
    private static List<(string Person, string Role, string? Of)> Roles(string sentence, out List<string> entities)
    {
        var result = ExtractionTestHelper.Extract("News\n\n" + sentence);
        string Name(string id) => ExtractionTestHelper.EntityOf(result, id).CanonicalName;
        entities = [.. result.Entities.Select(e => e.CanonicalName)];
        return [.. result.Roles.Select(r => (Name(r.PersonId), r.Role, r.OfId is null ? null : Name(r.OfId)))];
    }

    [Fact]
    public void Sheikh_after_an_office_is_no_second_office() =>
        Assert.DoesNotContain(Roles("Prime Minister Sheikh Hasina said on Monday that the army would stay.", out _), r => r.Role == "Sheikh");

    [Theory]
    [InlineData("Bosnian Serb leader Milorad Dodik said the vote would go ahead.", "Milorad Dodik")]
    [InlineData("Turkish Cypriot leader Ersin Tatar said the vote would go ahead.", "Ersin Tatar")]
    public void Two_demonyms_name_a_people_of_neither_country(string sentence, string person) =>
        Assert.Contains(Roles(sentence, out _), r => r.Person == person && r.Role == "leader" && r.Of is null);

    [Theory]
    [InlineData("The mayor of Kyiv, Vitali Klitschko, said the capital was ready.", "Vitali Klitschko", "mayor", "Kyiv")]
    [InlineData("Tajik Deputy Foreign Minister Farrukh Nazarov said the border was closed.", "Farrukh Nazarov", "Deputy Foreign Minister", "Tajikistan")]
    [InlineData("Marek Dvorak, who leads the opposition Civic Alliance party, said the vote was fair.", "Marek Dvorak", "leader", "Civic Alliance")]
    [InlineData("The Houthis' chief negotiator, Abdulwahab al-Mahbashi, said the talks had failed.", "Abdulwahab al-Mahbashi", "chief negotiator", "Houthis")]
    [InlineData("Brazil's prosecutor-general, Marina Albuquerque, said the ruling was fair.", "Marina Albuquerque", "prosecutor-general", "Brazil")]
    [InlineData("The rebel group M23 attacked Sake. A spokesperson for the group, Emmanuel Mugisha, said the town was surrounded.", "Emmanuel Mugisha",
        "spokesperson", "M23")]
    [InlineData("Apple reported profits. Tim Cook, the head of the company, said sales rose.", "Tim Cook", "head", "Apple")]
    [InlineData("Kyrgyz Foreign Minister Nurlan Asanbekov said the border was closed.", "Nurlan Asanbekov", "Foreign Minister", "Kyrgyzstan")]
    [InlineData("Hussein Mrad, a Hezbollah member of parliament, said the town was calm.", "Hussein Mrad", "member of parliament", "Hezbollah")]
    [InlineData("Hussein Mrad, a member of parliament for Hezbollah, said the town was calm.", "Hussein Mrad", "member of parliament", "Hezbollah")]
    [InlineData("Protesters met the mayor of Kyiv, Vitali Klitschko, on Monday.", "Vitali Klitschko", "mayor", "Kyiv")]
    [InlineData("Jens Stoltenberg, NATO's Secretary General, spoke to reporters.", "Jens Stoltenberg", "Secretary General", "NATO")]
    [InlineData("Olaf Scholz, Germany's chancellor, said talks would continue.", "Olaf Scholz", "chancellor", "Germany")]
    [InlineData("Antony Blinken, the US Secretary of State, arrived in Brussels.", "Antony Blinken", "Secretary of State", "United States")]
    [InlineData("British Health Secretary Wes Streeting spoke.", "Wes Streeting", "Health Secretary", "United Kingdom")]
    [InlineData("Raila Odinga, the leader of the opposition Orange Democratic Movement, spoke.", "Raila Odinga", "leader", "Orange Democratic Movement")]
    [InlineData("Iran's supreme leader Ali Khamenei warned Israel.", "Ali Khamenei", "supreme leader", "Iran")]
    [InlineData("The head of the World Health Organization, Tedros Adhanom Ghebreyesus, warned that the virus was spreading.",
        "Tedros Adhanom Ghebreyesus", "head", "World Health Organization")]
    [InlineData("Ukraine is at war. The country's president, Volodymyr Zelenskyy, said peace was far off.", "Volodymyr Zelenskyy", "president", "Ukraine")]
    [InlineData("The EU met. The bloc's foreign policy chief, Josep Borrell, said sanctions would be extended.", "Josep Borrell", "foreign policy chief", "European Union")]
    [InlineData("Apple reported profits. The company's chief executive, Tim Cook, said sales rose.", "Tim Cook", "chief executive", "Apple")]
    [InlineData("Bola Tinubu, Nigeria's president and the current chairman of ECOWAS, spoke.", "Bola Tinubu", "chairman", "ECOWAS")]
    [InlineData("Raed al-Saleh, head of the White Helmets rescue group, told Al Jazeera that rescuers were racing against time.", "Raed al-Saleh", "head", "White Helmets")]
    [InlineData("UN human rights chief Volker Türk said the attacks were illegal.", "Volker Türk", "human rights chief", "United Nations")]
    [InlineData("UN aid chief Martin Griffiths said aid was blocked.", "Martin Griffiths", "aid chief", "United Nations")]
    [InlineData("The Paris police prefect, Laurent Nuñez, said security would be tight.", "Laurent Nuñez", "police prefect", "Paris")]
    [InlineData("Colombia suspended the talks. Otty Patiño, the government's chief negotiator, told reporters the process was dead.",
        "Otty Patiño", "chief negotiator", "Colombia government")]
    [InlineData("Paetongtarn, the leader of the ruling Pheu Thai party, received 319 votes.", "Paetongtarn", "leader", "Pheu Thai")]
    [InlineData("Opposition leader Natthaphong Ruengpanyawut of the People's Party said his party would act.", "Natthaphong Ruengpanyawut", "Opposition leader", "People's Party")]
    [InlineData("Thailand's parliament elected Paetongtarn Shinawatra, the daughter of Thaksin Shinawatra, as the country's new prime minister.",
        "Paetongtarn Shinawatra", "prime minister", "Thailand")]
    [InlineData("Parliament elects Paetongtarn Shinawatra as prime minister\n\nThailand's parliament elected Paetongtarn Shinawatra as the country's prime minister.",
        "Paetongtarn Shinawatra", "prime minister", "Thailand")]
    [InlineData("Lebanon's caretaker Prime Minister Najib Mikati welcomed the ceasefire.", "Najib Mikati", "Prime Minister", "Lebanon")]
    [InlineData("Kenyan President William Ruto, the current chair of the East African Community, called a summit.", "William Ruto", "chair", "East African Community")]
    [InlineData("The Coordination of Azawad Movements (CMA) met. CMA spokesman Mohamed Elmaouloud Ramadane told AFP the war was not lost.",
        "Mohamed Elmaouloud Ramadane", "spokesman", "Coordination of Azawad Movements")]
    [InlineData("China held drills around Taiwan. Lai Ching-te was sworn in as the island's president.", "Lai Ching-te", "president", "Taiwan")]
    [InlineData("Keir Starmer was elected as prime minister of the United Kingdom.", "Keir Starmer", "prime minister", "United Kingdom")]
    [InlineData("Iran's Supreme Leader Ayatollah Ali Khamenei warned Israel.", "Ali Khamenei", "Supreme Leader", "Iran")]
    [InlineData("Troops entered Kidal in Mali. Junta leader Colonel Assimi Goita spoke on television.", "Assimi Goita", "Junta leader", "Mali junta")]
    [InlineData("National Assembly president Jorge Rodriguez said the opposition was plotting a coup.", "Jorge Rodriguez", "president", "National Assembly")]
    [InlineData("Chinese foreign ministry spokesperson Mao Ning told a briefing that talks would go on.", "Mao Ning", "foreign ministry spokesperson", "China")]
    [InlineData("Kremlin press office chief Ivan Petrov spoke.", "Ivan Petrov", "press office chief", "Kremlin")]
    [InlineData("Hamas leader in Gaza Yahya Sinwar spoke.", "Yahya Sinwar", "leader", "Hamas")]
    [InlineData("A spokesman for the Taliban, Zabihullah Mujahid, said the group controlled the district.", "Zabihullah Mujahid", "spokesman", "Taliban")]
    [InlineData("The head of the International Committee of the Red Cross, Mirjana Spoljaric, visited Gaza.",
        "Mirjana Spoljaric", "head", "International Committee of the Red Cross")]
    [InlineData("The European Union's foreign policy chief, Kaja Kallas, said the bloc would increase aid.", "Kaja Kallas", "foreign policy chief", "European Union")]
    [InlineData("Israeli Defence Minister Israel Katz vowed to continue the operation.", "Israel Katz", "Defence Minister", "Israel")]
    [InlineData("Troops captured Mogadishu from the Islamic Courts Union. The Islamic Courts leader, Sheikh Sharif Sheikh Ahmed, said the war would go on.",
        "Sharif Sheikh Ahmed", "leader", "Islamic Courts Union")]
    [InlineData("Somali President Hassan Sheikh Mohamud spoke.", "Hassan Sheikh Mohamud", "President", "Somalia")]
    [InlineData("The US ambassador in Kyiv Bridget Brink said the embassy would close.", "Bridget Brink", "ambassador", "United States")]
    [InlineData("Egypt's ambassador to the UN, Osama Abdel Khalek, said the talks had failed.", "Osama Abdel Khalek", "ambassador to the UN", "Egypt")]
    [InlineData("The Polisario Front holds the east. Polisario representative to the United Nations Sidi Omar spoke.",
        "Sidi Omar", "representative to the United Nations", "Polisario Front")]
    [InlineData("Roselaure Saint-Fleur, a member of the Transitional Presidential Council, said the town was calm.", "Roselaure Saint-Fleur", "member", "Transitional Presidential Council")]
    [InlineData("Peter Otieno Ouma, who heads the Multinational Security Support (MSS) mission, said the town was calm.", "Peter Otieno Ouma", "head", "MSS")]
    [InlineData("Meas Vuthy, a spokesman for the Cambodian government, said the army would respond.", "Meas Vuthy", "spokesman", "Cambodian government")]
    [InlineData("The State Committee for National Security said the troops had left. Azamat Toktosunov, a spokesman for the committee, said the "
        + "border was calm.", "Azamat Toktosunov", "spokesman", "State Committee for National Security")]
    [InlineData("The Cameroonian army said it had repelled the attack. Serge Ndongo Essomba, a spokesman for the army in the North-West, said the town was calm.",
        "Serge Ndongo Essomba", "spokesman", "Cameroonian army")]
    [InlineData("Ruslan Mammadli, a spokesman for Azerbaijan's foreign ministry, said the talks would resume.", "Ruslan Mammadli", "spokesman",
        "Azerbaijan's foreign ministry")]
    [InlineData("The head of the UN peacekeeping mission MONUSCO, Fatoumata Sangare, said the talks would resume.", "Fatoumata Sangare", "head", "MONUSCO")]
    [InlineData("Chiara Benedetti, a spokeswoman for the UN peacekeeping force UNIFIL, said the talks would resume.", "Chiara Benedetti", "spokeswoman", "UNIFIL")]
    [InlineData("Myanmar's junta lost ground. Kyaw Htet Aung, a spokesman for the military, said the town was calm.", "Kyaw Htet Aung", "spokesman", "Myanmar military")]
    [InlineData("Oscar Bahati Munyakazi, a spokesman for the Alliance Fleuve Congo (AFC), said the town had fallen.", "Oscar Bahati Munyakazi", "spokesman",
        "Alliance Fleuve Congo")]
    [InlineData("Lieutenant Colonel Noam Harel, the Israeli army's Arabic-language spokesman, said the town had fallen.", "Noam Harel", "Arabic-language spokesman",
        "Israeli army")]
    [InlineData("Yahya al-Washali, a member of the Houthis' political bureau, said the talks would resume.", "Yahya al-Washali", "member of the political bureau",
        "Houthis")]
    [InlineData("\"We hold the town,\" Tarek al-Shibani, a spokesman for Radaa, told Reuters.", "Tarek al-Shibani", "spokesman", "Radaa")]
    [InlineData("\"We hold the town,\" said Hassan Abdi Gurey, a commander of the Ma'awisley clan militia that fought alongside the army.",
        "Hassan Abdi Gurey", "commander", "Ma'awisley clan militia")]
    [InlineData("The separatists are grouped in the Azawad Liberation Front. \"We hold Kidal,\" the front's spokesman Mohamed Ramadane said.",
        "Mohamed Ramadane", "spokesman", "Azawad Liberation Front")]
    [InlineData("The Arakan Army advanced. \"We hold Sittwe,\" the group's spokesman Khine Thu Kha said.", "Khine Thu Kha", "spokesman", "Arakan Army")]
    [InlineData("The NATO-led peacekeeping force in Kosovo, KFOR, said it had increased patrols around Leposavic. "
        + "Its commander, Luca Ferraris, told journalists the situation was calm.", "Luca Ferraris", "commander", "KFOR")]
    [InlineData("The Caribbean Community (CARICOM) called for calm, and its secretary-general, Denise Alleyne, said the bloc would meet.",
        "Denise Alleyne", "secretary-general", "CARICOM")]
    [InlineData("Lieutenant General Otavio Ribeiro, the force commander of the UN mission, known as MONUSCO, said the town was calm.",
        "Otavio Ribeiro", "force commander", "MONUSCO")]
    [InlineData("The Polisario Front rejected the plan. Sidati Ahmed Baba, the Polisario's representative in Latin America, said talks had failed.",
        "Sidati Ahmed Baba", "representative in Latin America", "Polisario Front")]
    [InlineData("WHO regional emergency director Amadou Keita said cases were rising.", "Amadou Keita", "regional emergency director",
        "World Health Organization")]
    [InlineData("The Malawi Electoral Commission (MEC) rejected the claims. MEC chairperson Justice Grace Mhango said the vote was fair.",
        "Grace Mhango", "chairperson", "Malawi Electoral Commission")]
    public void The_role_and_what_it_is_of(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, (string?)of), Roles(sentence, out _));

    [Fact]
    public void A_time_after_in_is_no_part_of_the_role() =>
        Assert.Contains(Roles("Keir Starmer, who became prime minister in July, visited Kyiv.", out _), r => r.Person == "Keir Starmer" && r.Role == "prime minister");

    [Theory]
    [InlineData("Antony Blinken, who served as secretary of state under Joe Biden, visited Cairo.")]
    [InlineData("Antony Blinken, the secretary of state under Joe Biden, visited Cairo.")]
    public void A_preposition_before_another_persons_name_is_no_part_of_the_role(string sentence) =>
        Assert.Contains(("Antony Blinken", "secretary of state", (string?)null), Roles(sentence, out _));

    [Theory]
    [InlineData("Governor of Washington Chris Gregoire said the decision was sad.", "Chris Gregoire", "Governor", "Washington")]
    [InlineData("President of Russia Vladimir Putin arrived on Monday.", "Vladimir Putin", "President", "Russia")]
    [InlineData("Afghan Ambassador to the United States Hamdullah Mohib spoke.", "Hamdullah Mohib", "Ambassador to the United States", "Afghanistan")]
    [InlineData("Italian Minister for Foreign Affairs Julie Bishop spoke.", "Julie Bishop", "Minister for Foreign Affairs", "Italy")]
    [InlineData("White House Chief of Staff Mick Mulvaney said the talks failed.", "Mick Mulvaney", "Chief of Staff", "White House")]
    [InlineData("Russian Chief of the General Staff Valery Gerasimov said the offensive went well.", "Valery Gerasimov", "Chief of the General Staff", "Russia")]
    [InlineData("Bank of England Governor Andrew Bailey said rates would stay.", "Andrew Bailey", "Governor", "Bank of England")]
    public void A_title_with_the_place_it_serves_before_the_name(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, (string?)of), Roles(sentence, out _));

    [Theory]
    [InlineData("Minister of Education Stefania Giannini said a reflection is needed.", "Stefania Giannini", "Minister of Education")]
    [InlineData("Secretary of State John Kerry said talks would resume.", "John Kerry", "Secretary of State")]
    [InlineData("Undersecretary for Education Gabriele Toccafondi said schools would close.", "Gabriele Toccafondi", "Undersecretary for Education")]
    public void A_portfolio_is_part_of_the_role_not_of_the_name(string sentence, string person, string role)
    {
        var roles = Roles(sentence, out var entities);
        Assert.Contains(roles, r => r.Person == person && r.Role == role && r.Of is null);
        Assert.Contains(person, entities);
    }

    [Theory]
    [InlineData("John Smith became a teacher.")]
    [InlineData("Anna Lee was named the best player.")]
    [InlineData("Mary Jones has been a doctor for years.")]
    public void Becoming_something_that_is_no_office_is_no_role(string sentence) =>
        Assert.Empty(Roles(sentence, out _));

    [Fact]
    public void An_office_with_a_country_before_it_is_no_place()
    {
        Roles("Antony Blinken, the US Secretary of State, arrived in Brussels.", out var entities);
        Assert.DoesNotContain(entities, e => e.Contains("Secretary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Information Minister Khalid al-Aiser wrote on X.", "Khalid al-Aiser", "Information Minister")]
    [InlineData("Finance Minister Rishi Sunak said the budget was fair.", "Rishi Sunak", "Finance Minister")]
    [InlineData("Opposition leader Raila Odinga rejected the results.", "Raila Odinga", "Opposition leader")]
    [InlineData("Kenyan opposition leader Raila Odinga spoke.", "Raila Odinga", "opposition leader")]
    [InlineData("Conservative MP John Redwood wrote in a letter that the plan was flawed.", "John Redwood", "MP")]
    [InlineData("Then-president Donald Trump signed the order.", "Donald Trump", "president")]
    [InlineData("Rishi Sunak became prime minister in October.", "Rishi Sunak", "prime minister")]
    [InlineData("Lloyd Austin was appointed defense secretary in 2021.", "Lloyd Austin", "defense secretary")]
    [InlineData("Volodymyr Zelensky, who was elected president in 2019, spoke.", "Volodymyr Zelensky", "president")]
    [InlineData("Sergei Lavrov, 73, has been foreign minister since 2004.", "Sergei Lavrov", "foreign minister")]
    [InlineData("Rishi Sunak was prime minister from 2022.", "Rishi Sunak", "prime minister")]
    public void The_modifier_of_a_title_is_part_of_the_role(string sentence, string person, string role) =>
        Assert.Contains(Roles(sentence, out _), r => r.Person == person && r.Role == role);

    [Fact]
    public void An_organisation_word_in_the_title_names_the_articles_organisation()
    {
        var roles = Roles("Sudan's army said it had advanced. \"Our forces won,\" army spokesman Nabil Abdallah said.", out _);
        var role = Assert.Single(roles, r => r.Person == "Nabil Abdallah");
        Assert.Equal("army spokesman", role.Role);
        Assert.NotNull(role.Of);
        Assert.Contains("army", role.Of, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_honorific_between_title_and_name_is_no_part_of_the_role() =>
        Assert.Contains(Roles("Undersecretary for Education Mr. Toccafondi says many schools will quit.", out _),
            r => r.Person == "Toccafondi" && r.Role == "Undersecretary for Education");

    [Fact]
    public void The_office_someone_is_appointed_to_by_a_named_person_is_not_that_persons()
    {
        var roles = Roles("In 2007 he was appointed by Prime Minister Nouri Maliki as the Iraqi commander for the Baghdad Operational Command.", out _);
        Assert.DoesNotContain(roles, r => r.Role.Contains("commander", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Person == "Nouri Maliki" && r.Role == "Prime Minister");
    }

    [Fact]
    public void Its_before_a_title_is_the_body_named_before() =>
        Assert.Contains(Roles("The Independent Electoral Commission declared the result. Its chairman, Wafula Chebukati, said the vote was fair.", out _),
            r => r.Person == "Wafula Chebukati" && r.Role == "chairman" && r.Of == "Independent Electoral Commission");

    [Theory]
    [InlineData("Deputy Secretary of State Antony Blinken spoke.", "Deputy Secretary of State")]
    [InlineData("Deputy Secretary Antony Blinken spoke.", "Deputy Secretary")]
    public void A_title_that_qualifies_the_next_makes_one_office(string sentence, string role) =>
        Assert.Equal(role, Assert.Single(Roles(sentence, out _)).Role);

    [Fact]
    public void A_rank_after_an_office_is_a_role_of_its_own()
    {
        var roles = Roles("\"We have seized Kidal,\" junta leader Colonel Assimi Goita said in a statement.", out _);
        Assert.Contains(roles, r => r.Person == "Assimi Goita" && r.Role == "junta leader");
        Assert.Contains(roles, r => r.Person == "Assimi Goita" && r.Role == "Colonel");
    }

    [Fact]
    public void An_office_after_a_comma_and_as_belongs_to_the_main_clause()
    {
        var roles = Roles("Parliament elected Paetongtarn Shinawatra, the daughter of Thaksin Shinawatra, as prime minister.", out _);
        Assert.DoesNotContain(roles, r => r.Person == "Thaksin Shinawatra");
        Assert.Contains(roles, r => r.Person == "Paetongtarn Shinawatra" && r.Role == "prime minister");
    }

    [Fact]
    public void A_title_right_before_another_persons_name_is_that_persons()
    {
        var roles = Roles("Germany's new chancellor, Friedrich Merz, met French President Emmanuel Macron in Paris.", out _);
        Assert.DoesNotContain(roles, r => r.Person == "Friedrich Merz" && r.Role.Contains("President", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Person == "Emmanuel Macron" && r.Role == "President" && r.Of == "France");
    }

    [Fact]
    public void A_word_between_two_title_words_is_part_of_the_title()
    {
        var roles = Roles("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was watching.", out var entities);
        Assert.Contains(roles, r => r.Person == "Yoshimasa Hayashi" && r.Role == "Chief Cabinet Secretary" && r.Of == "Japan");
        Assert.DoesNotContain("Cabinet", entities);
    }

    [Fact]
    public void A_party_group_after_a_body_is_no_person_and_a_leader_of_the_majority_leads_the_body()
    {
        var result = ExtractionTestHelper.Extract("News\n\nHouse Democrats said they would fight. Senate Majority Leader John Thune said the chamber would vote.");
        Assert.DoesNotContain(result.Entities, e => e.CanonicalName == "House Democrats" && e.Type == EntityType.Person);
        var roles = Roles("Senate Majority Leader John Thune said the chamber would vote.", out _);
        Assert.Contains(roles, r => r.Person == "John Thune" && r.Role == "Majority Leader" && r.Of == "Senate");
    }

    [Theory]
    [InlineData("Army spokesman Brig. Gen. Onyema Nwachukwu said troops had retaken Marte.", "Onyema Nwachukwu", "Brig. Gen.", "Army spokesman")]
    [InlineData("Military spokesperson Rear Admiral Daniel Hagari told reporters that troops had found tunnels.", "Daniel Hagari", "Rear Admiral",
        "Military spokesperson")]
    public void An_abbreviated_or_two_word_rank_after_an_office_is_a_role_of_its_own(string sentence, string person, string rank, string office)
    {
        var roles = Roles(sentence, out _);
        Assert.Contains(roles, r => r.Person == person && r.Role == rank);
        Assert.Contains(roles, r => r.Person == person && r.Role == office);
    }

    [Fact]
    public void The_office_of_a_body_a_country_owns_is_of_the_body() =>
        Assert.Contains(("Redwan Hussien", "head", "National Intelligence and Security Service"),
            Roles("Redwan Hussien, head of Ethiopia's National Intelligence and Security Service, said the militia had failed.", out _));

    [Fact]
    public void The_office_of_a_described_body_with_a_modifier_is_of_the_body() =>
        Assert.Contains(("Sultani Makenga", "military commander", "M23"),
            Roles("M23 seized Goma. Sultani Makenga, the rebel group's military commander, said the city was calm.", out _));

    [Theory]
    [InlineData("Ahmed Shah Massoud, who led the Northern Alliance, was killed in 2001.", "Ahmed Shah Massoud", "leader", "Northern Alliance")]
    [InlineData("Dagalo, who commands the Rapid Support Forces, said the war would end.", "Dagalo", "commander", "Rapid Support Forces")]
    public void Who_heads_leads_or_commands_a_body_holds_its_office(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, of), Roles(sentence, out _));

    [Fact]
    public void A_name_set_off_after_an_ambassador_to_a_body_is_the_ambassadors() =>
        Assert.Contains(("Vassily Nebenzia", "ambassador to the UN", "Russia"),
            Roles("Russia's ambassador to the UN, Vassily Nebenzia, said Moscow would veto it.", out _));

    [Theory]
    [InlineData("The Government of National Unity, led by Prime Minister Abdul Hamid Dbeibah, condemned the attack.", "Abdul Hamid Dbeibah",
        "Prime Minister", "Government of National Unity")]
    [InlineData("Hamas, led by Yahya Sinwar, rejected the offer.", "Yahya Sinwar", "leader", "Hamas")]
    [InlineData("Sudan's war goes on. The army, led by General Abdel Fattah al-Burhan, denied the city had fallen.", "Abdel Fattah al-Burhan",
        "General", "Sudan army")]
    public void Who_a_named_or_described_body_is_led_by_holds_its_office(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, of), Roles(sentence, out _));

    [Fact]
    public void The_field_of_an_office_before_its_title_is_part_of_it() =>
        Assert.Contains(("John Kirby", "national security spokesman", "White House"),
            Roles("White House national security spokesman John Kirby said it was bad.", out _));

    [Theory]
    [InlineData("Egypt's foreign minister, Sameh Shoukry, and his Jordanian counterpart Ayman Safadi met in Cairo.", "Ayman Safadi", "foreign minister", "Jordan")]
    [InlineData("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart, Hakan Fidan, in Ankara.", "Hakan Fidan", "Foreign Minister", "Türkiye")]
    public void A_counterpart_holds_the_office_named_before_for_the_country_of_its_demonym(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, of), Roles(sentence, out _));

    [Theory]
    [InlineData("Colonel Assimi Goita, who led two coups in 2020 and 2021, was sworn in as Mali's interim president.", "Assimi Goita", "president", "Mali")]
    [InlineData("Richard Horsey, senior Myanmar adviser at the International Crisis Group, said the junta was losing.", "Richard Horsey",
        "senior Myanmar adviser", "International Crisis Group")]
    public void An_office_after_a_relative_clause_or_at_a_body_is_found(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, of), Roles(sentence, out _));

    [Fact]
    public void A_participle_of_naming_ends_the_office() =>
        Assert.Contains(("Jimmy Cherizier", "police officer", (string?)null),
            Roles("Jimmy Cherizier, a former police officer known as \"Barbecue\" who leads the G9 gang federation, has threatened civil war.", out _));

    [Theory]
    [InlineData("Hamad Ibrahim al-Muhanna, a leader of the Aqidat, said the tribes would fight on.", "Hamad Ibrahim al-Muhanna", "Aqidat")]
    [InlineData("Tajammul Hussain Jafri, a leader of the Majlis Wahdat-e-Muslimeen (MWM), said the sit-ins would continue.",
        "Tajammul Hussain Jafri", "Majlis Wahdat-e-Muslimeen")]
    [InlineData("Ismail Hamad Abdelrahman, a Misseriya leader, denied the charge.", "Ismail Hamad Abdelrahman", "Misseriya")]
    public void An_unknown_name_joined_to_an_office_is_the_body_it_is_held_in(string sentence, string person, string body) =>
        Assert.Contains((person, "leader", (string?)body), Roles(sentence, out _));

    [Fact]
    public void A_bodys_acronym_in_brackets_is_the_same_body()
    {
        Roles("Tajammul Hussain Jafri, a leader of the Majlis Wahdat-e-Muslimeen (MWM), said the MWM would not back down.", out var entities);
        Assert.Contains("Majlis Wahdat-e-Muslimeen", entities);
        Assert.DoesNotContain("MWM", entities);
    }

    [Fact]
    public void A_peoples_adjective_before_an_occupation_is_no_body() =>
        Assert.DoesNotContain(Roles("Josiane Labonne, a Chagossian activist, welcomed the ruling.", out _), r => r.Of == "Chagossian");

    [Theory]
    [InlineData("The chief administrator of the Abyei Special Administrative Area, Kuol Deng Ajak, said the attack was the third.",
        "Kuol Deng Ajak", "chief administrator", "Abyei")]
    [InlineData("The governor of Cameroon's South-West Region, Jean-Claude Mbarga Eyenga, visited the area.",
        "Jean-Claude Mbarga Eyenga", "governor", "South-West Region")]
    public void An_office_of_a_named_area_is_of_that_area(string sentence, string person, string role, string of) =>
        Assert.Contains((person, role, (string?)of), Roles(sentence, out _));

    // The guidelines give a role the body the text links it to: the service is the spokesman's, and the rank stands
    // alone ("Colonel Mohamed Bacar" in the dev set); "Lieutenant Ibrahim Moussa of the loyalists" links the rank itself.
    [Fact]
    public void A_rank_is_of_no_body_the_text_links_only_to_another_role()
    {
        var roles = Roles("Colonel Bekele Gudeta, a spokesman for the Ethiopian National Defense Force, said the town was calm.", out _);
        Assert.Contains(("Bekele Gudeta", "Colonel", (string?)null), roles);
        Assert.Contains(("Bekele Gudeta", "spokesman", (string?)"Ethiopian National Defense Force"), roles);
    }

    [Fact]
    public void He_after_an_office_opens_a_name()
    {
        var roles = Roles("Chinese foreign ministry spokesperson He Yuming said China supports the peace process.", out var entities);
        Assert.Contains("He Yuming", entities);
        Assert.Contains(("He Yuming", "foreign ministry spokesperson", (string?)"China"), roles);
    }

    [Theory]
    [InlineData("\"Not one inch of our land is for sale,\" Somalia's foreign minister, Abdirahman Hassan Warsame, told the meeting.",
        "Abdirahman Hassan Warsame", "Somalia")]
    [InlineData("In Hargeisa, Somaliland's foreign minister, Mohamed Abdi Jama, said the region would not be intimidated.", "Mohamed Abdi Jama", "Somaliland")]
    public void An_office_apposed_to_a_name_after_a_quotation_or_a_place_the_sentence_opens_with(string sentence, string person, string of)
    {
        Assert.Contains((person, "foreign minister", (string?)of), Roles(sentence, out var entities));
        Assert.DoesNotContain("Hargeisa", Roles(sentence, out _).Select(r => r.Person));
    }

    [Fact]
    public void The_ministry_is_the_ministry_of_something_named_before() =>
        Assert.Contains(("Rashad Mammadli", "spokesman", (string?)"Azerbaijan's Ministry of Defence"),
            Roles("Azerbaijan's Ministry of Defence released video. \"The town is ours,\" Rashad Mammadli, a spokesman for the ministry, told reporters.", out _));

    [Fact]
    public void The_office_a_relative_clause_says_a_person_serves_in() =>
        Assert.Contains(("Jeff Larose", "spokesman", (string?)"Viv Ansanm"),
            Roles("The Viv Ansanm coalition controls the capital. Jeff Larose, a former police officer who now acts as a spokesman for Viv Ansanm, said the gangs would fight.", out _));

    [Fact]
    public void A_body_taken_up_under_its_other_name_is_the_body()
    {
        var roles = Roles("Fighting pitted the brigade against the Special Deterrence Force, known as Radaa. Radaa denied losing ground. "
            + "\"We hold the airport,\" Tarek al-Shibani, a spokesman for Radaa, said.", out var entities);
        Assert.Contains(roles, r => r.Person == "Tarek al-Shibani" && r.Of == "Special Deterrence Force");
        Assert.DoesNotContain("Radaa", entities);
    }
}
