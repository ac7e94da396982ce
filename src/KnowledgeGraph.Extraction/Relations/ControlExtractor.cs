using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds who holds which place: "X-held Y", seizures and captures (active and passive), recaptures, losses,
/// sieges and blockades, de facto control, and sovereignty ("recognised as part of X"). A relation stated inside
/// someone's quote or reported speech is that speaker's claim.
/// </summary>
internal sealed class ControlExtractor(Document doc, EntityBuilder builder, NominalResolver nominals, List<QuoteItem> quotes, IReadOnlyList<RoleItem> roles)
{
    private static readonly HashSet<string> RebelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "separatist", "separatists", "loyalists",
        "fighters", "militia", "militias", "guerrillas", "jihadists", "supporters",
    };

    private readonly List<ControlItem> items = [];
    private readonly PlaceFinder places = new(doc, builder);

    public List<ControlItem> Extract()
    {
        foreach (var sentence in doc.Sentences)
        {
            doc.CancellationToken.ThrowIfCancellationRequested();
            if (doc.IsExcluded(sentence.Start, sentence.End))
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = doc.Tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var v = t.Value.ToLowerInvariant();
                if (EntityBuilder.IsHeldBy(v))
                {
                    Held(i, sentence);
                    continue;
                }

                switch (v)
                {
                    case "occupied" when doc.TokenAt(i - 1).Value is "has" or "have" or "had" or "still" || SinceFollows(i, sentence):
                        // "Israel has occupied the Shebaa Farms since 1967", "occupied by Israel since 1967": holding it all along.
                        Verb(i, sentence, ControlStatus.Controls);
                        break;
                    case "seized" or "captured" or "occupied" or "conquered" or "annexed" or "overrun"
                        when doc.TokenAt(i - 1).Value is "the" or "The" or "a" or "an" && !doc.IsWord(i + 1, "by"):
                        // "the head of the occupied parts of the Kharkiv region", "the annexed peninsula": an adjective
                        // that tells no deed of its own.
                        break;
                    case "seized" or "captured" or "overran" or "overrun" or "occupied" or "conquered" or "seize" or "capture"
                        or "annexed" or "annex" or "annexes" or "seizes" or "captures" or "overruns" or "conquers" or "capturing"
                        or "overrunning" or "annexing" or "conquering":
                        Verb(i, sentence, ControlStatus.Captured);
                        break;
                    case "took" or "taken" or "take" or "gained" or "seizing" or "taking":
                        if (doc.IsWord(i + 1, "control") || doc.IsWord(i + 1, "over")
                            || doc.TokenAt(i + 1).Value is "full" or "complete" or "total" or "effective" && doc.IsWord(i + 2, "control")
                            || v != "gained" && PlaceObjectFollows(i + 1, sentence.EndToken) && !TakenBack(i + 1)
                                // "took Paris by storm" is the idiom
                                && !(TakenAnd(i + 1, "by") && doc.IsWord(doc.MentionAt[i + 1]!.EndToken + 1, "storm"))
                            || v is "took" && TakesRelativeObject(i)
                            // The passive: "Kirkuk was taken by Kurdish fighters".
                            || v is "taken" && doc.IsWord(i + 1, "by") && doc.TokenAt(i - 1).Value is "was" or "were" or "been" or "is" or "are")
                        {
                            Verb(i, sentence, ControlStatus.Captured);
                        }
                        else if (TakenBack(i + 1))
                        {
                            // "Government forces took Palmyra back from Islamic State"
                            Verb(i, sentence, ControlStatus.Recaptured);
                        }

                        break;
                    case "retook" or "recaptured" or "regained" or "retaken" or "liberated" or "retakes" or "recaptures" or "regains"
                        or "liberates" or "recapturing" or "retaking":
                        Verb(i, sentence, ControlStatus.Recaptured);
                        break;
                    case "brought" or "bring" or "bringing":
                        if (BackUnderControl(i, sentence.EndToken))
                        {
                            Verb(i, sentence, ControlStatus.Recaptured);
                        }

                        break;
                    case "administration" or "rule" or "occupation" when doc.IsWord(i - 2, "under"):
                        // "Badme has remained under Ethiopian administration", "under Taliban rule"
                        UnderControlOf(i, sentence);
                        break;
                    case "occupies" or "occupy" or "occupying":
                        // "Israel occupies the West Bank": holding a place now; "occupied" tells of taking it.
                        Verb(i, sentence, ControlStatus.Controls);
                        break;
                    case "controls" or "controlled" or "control":
                        if (v == "control" && (doc.IsWord(i - 1, "under") || doc.IsWord(i - 1, "the") && doc.IsWord(i - 2, "under")))
                        {
                            // "Mosul remains under the control of Islamic State"
                            PlaceThenParty(i, i + 1, sentence, ControlStatus.Controls);
                            break;
                        }

                        if (v == "control" && doc.IsWord(i - 2, "under"))
                        {
                            // "Kidal has been under rebel control since 2012", "under Russian control"
                            UnderControlOf(i, sentence);
                            break;
                        }

                        if (v == "control" && IsDegreeOfControl(doc.TokenAt(i - 1).Value) && doc.IsWord(i - 3, "under"))
                        {
                            // "Ras Kamboni is now under the full control of our forces", '"Mekelle is under our full
                            // control"': over how full the control is.
                            if (doc.IsWord(i - 2, "the"))
                            {
                                PlaceThenParty(i, i + 1, sentence, ControlStatus.Controls);
                            }
                            else
                            {
                                UnderControlOf(i, sentence, extent: 1);
                            }

                            break;
                        }

                        if (doc.TokenAt(i - 1).Value is "who" or "which" or "that")
                        {
                            // "Separatists, who control much of Donetsk, ...", "The RSF, which controlled much of the capital"
                            RelativeControl(i, sentence);
                            break;
                        }

                        if (v == "control" && doc.TokenAt(i - 1).Value is "retains" or "retain" or "retained" or "maintains" or "maintain"
                            or "maintained" or "keeps" or "keep" or "kept")
                        {
                            // "The government retains control of Tripoli"
                            Verb(i - 1, sentence, ControlStatus.Controls);
                            break;
                        }

                        if (v == "control" && (doc.IsWord(i - 1, "in") || doc.IsWord(i - 1, "full") && doc.IsWord(i - 2, "in")))
                        {
                            InControlOf(i, sentence);
                            break;
                        }

                        if (v == "control" && !doc.IsWord(i - 1, "full") && !PluralSubjectControls(i, sentence) && !TakesRelativeObject(i))
                        {
                            break;
                        }

                        Verb(i, sentence, ControlStatus.Controls);
                        break;
                    case "held":
                        // The passive: "the port is held by Houthi rebels" ("held talks" holds no place); the perfect with
                        // a place right after: "Ukrainian forces have held Avdiivka since 2014".
                        if (i > sentence.FirstToken && doc.Tokens[i - 1].Value is "is" or "are" or "was" or "were" or "been"
                            || doc.IsWord(i + 1, "by")
                            // The perfect or the past with a place right after: "Ukrainian forces have held Avdiivka since
                            // 2014", "Rebels held Kidal until 2013".
                            || doc.TokenAt(i - 1).Value is not ("was" or "were" or "is" or "are" or "be" or "being") && PlaceObjectFollows(i + 1, sentence.EndToken)
                            // "the town of Khiam, which they had held since early October", "Wad Madani, which the RSF had
                            // held since December": the place before the clause.
                            || doc.TokenAt(i - 1).Value is "has" or "have" or "had" && RelativeBeforeSubject(i - 1, sentence.FirstToken))
                        {
                            Verb(i, sentence, ControlStatus.Controls);
                        }

                        break;
                    case "retains" or "retain" or "retained" when PlaceObjectFollows(i + 1, sentence.EndToken):
                        // "Somaliland also retains Erigavo".
                        Verb(i, sentence, ControlStatus.Controls);
                        break;
                    case "belongs" or "belong" or "belonged" when doc.IsWord(i + 1, "to"):
                        BelongsTo(i, sentence);
                        break;
                    case "merged" or "incorporated" or "integrated" when doc.IsWord(i + 1, "into") && doc.TokenAt(i - 1).Value is "was" or "were" or "been":
                        // "Kurram was merged into Khyber Pakhtunkhwa in 2018".
                        BelongsTo(i, sentence);
                        break;
                    case "holds" or "hold" or "holding":
                        // "Morocco holds most of Western Sahara": a place right after the verb ("holds talks" has none);
                        // "the army holds most major towns, including Bahir Dar".
                        if (PlaceObjectFollows(i + 1, sentence.EndToken) || IncludedPlace(i + 1, sentence) is not null || BothPlacesAt(i + 1))
                        {
                            Verb(i, sentence, ControlStatus.Controls);
                        }

                        break;
                    case "fell" or "falls" or "fallen":
                        // "Kabul fell to the Taliban"
                        if (doc.IsWord(i + 1, "to"))
                        {
                            PlaceThenParty(i, i + 1, sentence, ControlStatus.Captured);
                        }

                        break;
                    case "abandoned" or "abandons" or "abandon" when PlaceObjectFollows(i + 1, sentence.EndToken):
                        // "Ukrainian troops abandoned the Zenit strongpoint": giving up the place.
                        Verb(i, sentence, ControlStatus.Lost);
                        break;
                    case "ours" when doc.TokenAt(i - 1).Value is "is" or "are" or "remains" or "remain" && FirstPersonParty(i) is { } ourSide:
                        // '"Shusha is ours," the president said': the speaker's side claims the place.
                        if (places.Before(i - 1, sentence.FirstToken) is { } ours && ours.Entity != ourSide)
                        {
                            Add(ourSide, ours.Entity, ControlStatus.Claims, ours.First, i + 1, sentence, 0.6);
                        }

                        break;
                    case "lost" or "loses" or "losing":
                        Verb(i, sentence, ControlStatus.Lost);
                        break;
                    case "gave" or "gives" or "give" when doc.IsWord(i + 1, "up") && doc.TokenAt(i + 2).Value is "control" or "sovereignty":
                    case "relinquished" or "relinquishes" or "surrendered" when doc.TokenAt(i + 1).Value is "control" or "sovereignty":
                        // "Spain gave up control of Western Sahara in 1975".
                        Verb(i, sentence, ControlStatus.Lost);
                        break;
                    case var handover when Handovers.Contains(handover) && HandedOverTo(i, sentence):
                        // "Britain handed sovereignty over the Chagos Islands to Mauritius", "ceded the islands to Japan".
                        Verb(i, sentence, ControlStatus.Lost);
                        break;
                    case "hands" when doc.TokenAt(i - 2).Value is "in" or "into":
                        {
                            // "The town remains in rebel hands", "Goma is in the hands of M23", "fell into the hands of".
                            var status = doc.IsWord(i - 2, "into") ? ControlStatus.Captured : ControlStatus.Controls;
                            if (doc.IsWord(i - 1, "the") && doc.IsWord(i + 1, "of"))
                            {
                                PlaceThenParty(i, i + 1, sentence, status);
                            }
                            else if (!doc.IsWord(i - 1, "the"))
                            {
                                UnderControlOf(i, sentence, status);
                            }

                            break;
                        }

                    case "withdrew" or "withdraws" or "withdrawn" or "retreated" or "retreats" or "pulled" or "pulls":
                        Withdrawal(i, sentence);
                        break;
                    case "driven" or "pushed" or "forced" or "expelled" or "ousted" or "routed" or "drove" or "drives":
                        DrivenOut(i, sentence);
                        break;
                    case "besieged" or "besieging" or "besieges" or "blockaded" or "blockades" or "blocks" or "blocked" or "encircled"
                        or "blockading" or "blocking" or "encircles" or "surrounded" or "surrounds":
                        // Not "40,000 civilians besieged within the city": a participle that a preposition follows
                        // describes who is besieged.
                        // "which its fighters have besieged since May" is the perfect, with its subject.
                        if (!(v.EndsWith("ed", StringComparison.Ordinal) && doc.TokenAt(i + 1).Value is "in" or "within" or "inside" or "at" or "for" or "since"
                            && doc.TokenAt(i - 1).Value is not ("has" or "have" or "had")))
                        {
                            Verb(i, sentence, ControlStatus.Besieges);
                        }

                        break;
                    case "siege" or "blockade":
                        SiegeNoun(i, sentence);
                        break;
                    case "claims" or "claimed" or "claim":
                        // "China claims Taiwan", "claims sovereignty over the islands": a place right after the verb.
                        // Not "Russia claimed Ukraine had attacked": there the place opens what was said.
                        // Nor the noun: "territorial claims to Nagorno-Karabakh", "sovereignty claims".
                        if (v != "claimed" && ClaimNoun(i, sentence))
                        {
                            break;
                        }

                        // "Kirkuk is held by Kurdish forces, though Baghdad claims it": the one place the sentence names before.
                        if (doc.IsWord(i + 1, "it") && doc.TokenAt(i + 2).Value is "." or "," or ";" or "too" or "as"
                            && !doc.IsWord(i + 3, "part") && nominals.SubjectBefore(i, sentence.FirstToken) is { } claimant
                            && claimant.Entity.Type != EntityType.Location && OnlyPlaceBefore(sentence, claimant.First, claimant.Entity) is { } claimedIt)
                        {
                            Add(claimant.Entity, claimedIt, ControlStatus.Claims, claimant.First, i + 2, sentence, 0.6);
                            break;
                        }

                        if (!doc.IsWord(i - 1, "the") && !doc.IsWord(i - 1, "a") && !doc.IsWord(i - 1, "its") && !doc.IsWord(i - 1, "their")
                            && !(v == "claims" && (doc.IsWord(i + 1, "to") && !ClaimsToHold(i) || doc.TokenAt(i - 1).Value is "territorial" or "sovereignty" or "rival" or "competing" or "conflicting" or "any"))
                            && !(doc.MentionAt[PlaceFinder.AfterModifiers(doc, i + 1)] is { } said
                                && ContentFinder.OpensPredicate(doc.TokenAt(said.EndToken))))
                        {
                            Verb(i, sentence, ControlStatus.Claims);
                        }

                        break;
                    case "part":
                        PartOf(i, sentence);
                        break;
                    case "province":
                        ConsideredProvince(i, sentence);
                        break;
                    case "territory":
                        RecognisedTerritory(i, sentence);
                        CountrysLand(i, sentence);
                        break;
                    case "land" or "soil":
                        CountrysLand(i, sentence);
                        break;
                    case "governs" or "governed" or "govern" or "rules" or "ruled" or "rule" or "administers" or "administered" or "administer"
                        or "runs" or "ran" or "run":
                        // "Hamas, which has governed the Gaza Strip since 2007", "Taliban rule Afghanistan", "Hamas, which
                        // has run Gaza since 2007": a place right after; or the passive, "has been run by ethnic Armenians".
                        // The reduced relative: "Kinmen, an island administered by Taiwan".
                        if (doc.IsWord(i + 1, "by") && (doc.TokenAt(i - 1).Value is "been" or "is" or "are" or "was" or "were" or "be"
                            || doc.Tokens[i].Value.EndsWith("ed", StringComparison.Ordinal) && (doc.TokenAt(i - 1).Value == ","
                                || doc.TokenAt(i - 1) is { Kind: TokenKind.Word, IsCapitalized: false } before && PlaceReferences.IsPlaceWord(before.Value))))
                        {
                            Verb(i, sentence, ControlStatus.Controls);
                        }
                        else if (TakesRelativeObject(i) && !doc.IsWord(i + 1, "from"))
                        {
                            // "Arunachal Pradesh, which India administers": the place before the relative clause.
                            Verb(i, sentence, ControlStatus.Controls);
                        }
                        else if (PlaceObjectFollows(i + 1, sentence.EndToken))
                        {
                            if (RelativePronounBefore(i, sentence.FirstToken) is int pronoun)
                            {
                                RelativeControl(pronoun + 1, sentence, i + 1);
                            }
                            else
                            {
                                Verb(i, sentence, RunAsDeFacto(i, sentence) ? ControlStatus.DeFacto : ControlStatus.Controls);
                            }
                        }

                        break;
                    case "facto":
                        DeFacto(i, sentence);
                        break;
                    case "free" or "independent" or "independence" or "seceded" or "secedes":
                        Independence(i, sentence);
                        break;
                    case "one":
                        OneOfTheCountrysPlaces(i, sentence);
                        break;
                    case "make" or "makes" or "made" when doc.IsWord(i + 1, "up") && doc.TokenAt(i - 1).Value is not ("to" or "will" or "would"):
                        MakeUp(i, sentence);
                        break;
                    case "sovereignty" when doc.IsWord(i + 1, "over") || doc.IsWord(i + 1, "rights") && doc.IsWord(i + 2, "over"):
                        SovereigntyOver(i, sentence);
                        break;
                    case "exercises" or "exercised" or "exercise" or "exercising" when ExercisedControlAt(i + 1):
                        // 'Russia "exercises effective control" over South Ossetia' (de facto control is read at "facto").
                        Verb(i, sentence, ControlStatus.Controls);
                        break;
                    case "split" or "splits" when doc.IsWord(i + 1, "from"):
                        // "Somaliland, which split from Somalia in 1991".
                        Independence(i, sentence);
                        break;
                    case "broke" or "breaks" or "broken" when doc.IsWord(i + 1, "away"):
                        // "Transnistria broke away from Moldova in 1992"
                        Independence(i + 1, sentence);
                        break;
                }
            }
        }

        return items;
    }

    // "holds Crimea", "hold the town of Kidal", "holds most of Western Sahara": only words of extent or of a kind of
    // place stand between the verb and the place ("hold the meeting in Geneva" holds no place).
    // "Houthi rebels control much of Yemen", "The Houthis still control Sanaa": the verb in the plural, with a subject
    // before it and a place as its object (not "took control of", "sought to control", "could control").
    private bool PluralSubjectControls(int i, Sentence sentence)
    {
        var k = i - 1;
        while (k > sentence.FirstToken && doc.Tokens[k].Value is "still" or "now" or "also" or "already" or "effectively" or "largely")
        {
            k--;
        }

        // "The rebels, based in Benghazi, control": the subject before the clause set off in commas.
        if (doc.TokenAt(k).Value == "," && nominals.SubjectBefore(k + 1, sentence.FirstToken) is { } setOff)
        {
            k = setOff.End - 1;
        }

        var subject = doc.TokenAt(k);
        return !doc.IsWord(i + 1, "of") && !doc.IsWord(i + 1, "over") && PlaceObjectFollows(i + 1, sentence.EndToken)
            && (doc.MentionAt[k] is { Adjectival: false } || subject.Value is "we" or "We" && doc.InQuote(k)
                // "The rebels have captured Rutshuru and now control Masisi": a second verb of the sentence's subject.
                || subject.Value == "and" && k > sentence.FirstToken + 2
                || subject.Kind == TokenKind.Word && (!subject.IsCapitalized || k == sentence.FirstToken)
                && subject.Value.EndsWith('s') && doc.Lexicon.GroupNominals.Contains(subject.Value.ToLowerInvariant()));
    }

    // "took Palmyra back": a recapture, read by the case below.
    private bool TakenBack(int from) => TakenAnd(from, "back");

    private bool TakenAnd(int from, string word) =>
        doc.MentionAt[from] is { } taken && taken.FirstToken == from && doc.IsWord(taken.EndToken, word);

    private bool PlaceObjectFollows(int from, int end)
    {
        // "control most rural roads in the Mopti region": past how much and the parts of the places they lie in.
        var extentEnd = from;
        while (extentEnd < end && PlaceFinder.IsExtentWord(doc.Tokens[extentEnd].Value))
        {
            extentEnd++;
        }

        if (PastPartsOfPlaces(extentEnd) is var past && past > extentEnd)
        {
            from = past;
        }

        // "the industrial suburb of al-Hawban", "the centre of Taiz", "the vital Red Sea ports of Hodeidah and Salif": words
        // that describe a part or a kind of the place.
        var kindOf = Enumerable.Range(from, Math.Max(0, Math.Min(end, from + 5) - from))
            .Any(k => (NameFinder.IsPlaceKind(doc.Tokens[k].Value) || NameFinder.IsPluralPlaceKind(doc.Tokens[k].Value)
                || PlaceFinder.NamesFacilities(doc.Tokens[k].Value) || PartsOfAPlace.Contains(doc.Tokens[k].Value)) && doc.IsWord(k + 1, "of"));
        for (var j = from; j < end && j - from < 8; j++)
        {
            // "control large parts of the countryside in Gojjam and Wollo": the places the countryside lies in.
            if (doc.Tokens[j].Value is "countryside" || doc.Tokens[j].Value is "in" or "around" && doc.IsWord(j - 1, "countryside"))
            {
                continue;
            }

            if (kindOf && doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } && !doc.IsWord(j, "of") && doc.MentionAt[j] is null
                && (PartsOfAPlace.Contains(doc.Tokens[j].Value) || doc.IsWord(j + 1, "of") || !doc.Lexicon.Stopwords.Contains(doc.Tokens[j].Value)))
            {
                continue;
            }

            // "has held the islands since 1833": the islands named before.
            if (doc.MentionAt[j] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location }
                || doc.Tokens[j].Value is "islands" or "archipelago" or "shoal" or "reef" or "dam" or "hill" or "ridge" or "valley" or "crossing" or "heights"
                    && doc.IsWord(j - 1, "the"))
            {
                return true;
            }

            // "controls the east and north of Sudan"
            if (!(doc.Tokens[j].Value is "the" or "of" || PlaceFinder.IsExtentWord(doc.Tokens[j].Value) || PlaceFinder.IsDirection(doc.Tokens[j])
                || doc.Tokens[j].Value == "and" && PlaceFinder.IsDirection(doc.TokenAt(j + 1))
                || NameFinder.IsPlaceKind(doc.Tokens[j].Value) || Shares.IsShare(doc, j)))
            {
                return false;
            }
        }

        return false;
    }

    // "Ankoko Island, on the Cuyuni River, which its troops occupied", "Maungdaw on the border with Bangladesh, which it
    // seized": a relative clause after where a place lies is about the place.
    private (EntityInfo Entity, int First) OverWhereItLies((EntityInfo Entity, int First) found, Sentence sentence)
    {
        var k = doc.IsWord(found.First - 1, "the") ? found.First - 2 : found.First - 1;

        // "Maungdaw on the border with Bangladesh, which it seized": the place on the border, not the neighbour.
        if (doc.TokenAt(k).Value is "with" or "of" && doc.TokenAt(k - 1).Value is "border" or "frontier" && doc.IsWord(k - 2, "the")
            && doc.TokenAt(k - 3).Value is "on" or "near" or "along" && places.Before(k - 3, sentence.FirstToken) is { } onTheBorder
            && onTheBorder.Entity != found.Entity)
        {
            return onTheBorder;
        }

        return doc.TokenAt(k).Value is "on" or "in" or "near" or "along" or "off" && doc.IsWord(k - 1, ",")
            && places.Before(k - 1, sentence.FirstToken) is { } placed && placed.Entity != found.Entity
                ? placed
                : found;
    }

    private static readonly HashSet<string> PartsOfAPlace = new(StringComparer.Ordinal)
    {
        "centre", "center", "heart", "outskirts", "edge", "rest", "remainder", "bulk", "countryside",
    };

    // Verbs of keeping a claim alive: "renews claim to the Falklands", "reasserted its claim".
    private static readonly HashSet<string> ClaimingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "renews", "renewed", "renew", "reaffirms", "reaffirmed", "reaffirm", "reasserts", "reasserted", "reassert", "asserts",
        "asserted", "assert", "presses", "pressed", "press", "pressing", "maintains", "maintained", "maintain", "reiterates",
        "reiterated", "reiterate", "stakes", "staked", "stake", "lays", "laid", "lay", "insists", "upholds", "upheld",
    };

    /// <summary>
    /// The noun: "Argentina renews claim to Falklands", "reasserted its claim to sovereignty over the islands",
    /// "Morocco's claim to Western Sahara". The claimant is the subject of a verb that keeps the claim alive or the
    /// possessor named before it; a claim given up, dropped or contained in a document ("its constitution contains
    /// territorial claims to") has none. True when the words are the noun with its claimant's word before it.
    /// </summary>
    private bool ClaimNoun(int i, Sentence sentence)
    {
        var k = i + 1;
        if (doc.IsWord(k, "to") && doc.IsWord(k + 1, "sovereignty") && doc.IsWord(k + 2, "over"))
        {
            k += 3;
        }
        else if (doc.IsWord(k, "to") || doc.IsWord(k, "over"))
        {
            k++;
        }
        else if (doc.TokenAt(k).Value is "covers" or "covered" or "includes" or "included" or "encompasses" or "encompassed")
        {
            // "Japan's claim covers Iturup, Kunashir, Shikotan and the Habomai islets"
            k++;
        }
        else if (doc.TokenAt(k).Value is "extends" or "extended" && doc.IsWord(k + 1, "to"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        // "China's claim to most of the South China Sea"
        k = SkipExtent(k, sentence);

        var before = i - 1;
        while (before > sentence.FirstToken && doc.Tokens[before].Value is "unwavering" or "historic" or "historical" or "long-standing"
            or "longstanding" or "territorial" or "sovereignty")
        {
            before--;
        }

        if (before < sentence.FirstToken || !(IsPossessive(before) || doc.Tokens[before].Value is "its" or "their" or "his" or "her"
            || ClaimingVerbs.Contains(doc.Tokens[before].Value)))
        {
            return false;
        }

        if (places.After(k, sentence.EndToken, 3) is { } place && Claimant(before, sentence) is var (party, start)
            && party != place.Entity && party.Type is not (EntityType.Location or EntityType.Person))
        {
            AddListed(party, place, ControlStatus.Claims, start, sentence);
        }

        return true;
    }

    private static bool IsOnlooker(EntityInfo speaker) =>
        speaker.Type == EntityType.Group && speaker.Head?.ToLowerInvariant() is "witnesses" or "witness" or "residents" or "resident"
            or "locals" or "villagers" or "eyewitnesses" or "journalists" or "reporters"
        || speaker.Type == EntityType.Organization && IsMonitor(speaker);

    // A body that reports on a war without a side in it: a war monitor, the United Nations and its agencies, a
    // humanitarian or human rights body ("according to the Syrian Observatory for Human Rights", "according to OCHA").
    private static bool IsMonitor(EntityInfo body) =>
        body.KindWords.Contains("monitor") || body.KindWords.Contains("watchdog")
        || body.Name.StartsWith("United Nations", StringComparison.Ordinal) || body.Name.StartsWith("UN ", StringComparison.Ordinal)
        || MonitorWords.Any(w => body.Name.Contains(w, StringComparison.Ordinal));

    private static readonly string[] MonitorWords =
        ["Observatory", "Human Rights", "Humanitarian", "Red Cross", "Red Crescent", "Crisis Group", "Amnesty", "Institute for the Study of War"];

    // "Morocco's", and "Caracas'" after a name ending in s.
    private bool IsPossessive(int k) =>
        doc.Tokens[k].Value is "'s" or "\u2019s"
        || doc.Tokens[k].Value is "'" or "\u2019" && k > 0 && doc.Tokens[k - 1].Value.EndsWith('s') && doc.MentionAt[k - 1] is not null;

    // Who holds the claim whose word ends at token before: the possessor ("Morocco's claim") or the subject of the
    // verb that keeps it ("Argentina renews claim", "reasserted its claim").
    private (EntityInfo Party, int Start)? Claimant(int before, Sentence sentence)
    {
        if (IsPossessive(before))
        {
            return doc.MentionAt[before - 1] is { Adjectival: false } owner ? (owner.Entity, owner.FirstToken) : null;
        }

        var verb = doc.Tokens[before].Value is "its" or "their" or "his" or "her" ? before - 1 : before;
        return verb >= sentence.FirstToken && ClaimingVerbs.Contains(doc.Tokens[verb].Value)
            && nominals.SubjectBefore(verb, sentence.FirstToken) is { } subject
            ? (FirstPersonParty(subject.First) ?? subject.Entity, subject.First)
            : null;
    }

    // "Houthi rebels laid siege to Taiz", "Israel has imposed a blockade on Gaza": the subject of the verb before the
    // noun besieges the place after it ("the siege of Mariupol" alone names no party).
    private void SiegeNoun(int i, Sentence sentence)
    {
        if (!(doc.IsWord(i + 1, "to") || doc.IsWord(i + 1, "on") || doc.IsWord(i + 1, "of")))
        {
            return;
        }

        var verb = i - 1;
        while (verb > sentence.FirstToken && doc.Tokens[verb].Value is "a" or "an" or "the" or "its" or "their" or "full" or "total")
        {
            verb--;
        }

        if (verb <= sentence.FirstToken || doc.Tokens[verb] is not { Kind: TokenKind.Word, IsCapitalized: false } || verb == i - 1 && !doc.IsWord(verb, "laid"))
        {
            return;
        }

        var party = nominals.SubjectBefore(verb, sentence.FirstToken);
        var place = places.After(i + 2, sentence.EndToken, 5);
        if (party is not null && place is not null && party.Entity != place.Value.Entity && party.Entity.Type != EntityType.Location)
        {
            Add(party.Entity, place.Value.Entity, ControlStatus.Besieges, party.First, place.Value.End, sentence, 0.7);
        }
    }

    private NounPhrase? SubjectOfFirstVerb(int verb, Sentence sentence)
    {
        var k = verb - 1;
        while (k > sentence.FirstToken && doc.Tokens[k].Value is "has" or "have" or "had" or "also" or "then" or "later" or "since" or "now")
        {
            k--;
        }

        if (!doc.IsWord(k, "and"))
        {
            return null;
        }

        var first = doc.IsWord(sentence.FirstToken, "The") ? sentence.FirstToken + 1 : sentence.FirstToken;
        return doc.MentionAt[first] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Organization } subject
            && subject.FirstToken == first && doc.TokenAt(subject.EndToken) is { Kind: TokenKind.Word, IsCapitalized: false } next
            && next.Value is not ("and" or "or" or "of" or "in")
                ? new NounPhrase(subject.FirstToken, subject.EndToken, subject.Entity, subject.Confidence)
                : null;
    }

    private static readonly HashSet<string> Handovers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceded", "cedes", "cede", "handed", "transferred", "transfers",
    };

    // A "to" that names who receives what is handed over, a few words after the verb: "handed sovereignty over the
    // Chagos Islands to Mauritius" (not "handed a letter", "handed down a sentence").
    private bool HandedOverTo(int i, Sentence sentence)
    {
        var k = doc.IsWord(i + 1, "over") ? i + 2 : i + 1;
        if (!(doc.TokenAt(k).Value is "sovereignty" or "control" or "the" || doc.MentionAt[k] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location }))
        {
            return false;
        }

        for (var j = k; j < sentence.EndToken && j - k < 10; j++)
        {
            if (doc.IsWord(j, "to"))
            {
                return doc.MentionAt[j + 1] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Organization }
                    || doc.IsWord(j + 1, "the");
            }
        }

        return false;
    }

    private bool BackUnderControl(int i, int end)
    {
        for (var j = i + 1; j < end && j - i < 12; j++)
        {
            if (doc.IsWord(j, "back") && (doc.IsWord(j + 1, "under") || doc.IsWord(j + 1, "into")))
            {
                return true;
            }
        }

        return false;
    }

    private void Held(int i, Sentence sentence)
    {
        var token = doc.Tokens[i].Value;
        var prefix = token[..token.LastIndexOf('-')];
        // "Kitshanga, a rebel-held town in Masisi territory": the place the description is set off after.
        var place = doc.TokenAt(i - 1).Value is "a" or "an" or "the" && doc.IsWord(i - 2, ",")
            && doc.MentionAt[i - 3] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } named
            && named.EndToken == i - 2 && doc.TokenAt(i + 1) is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value)
                ? (named.Entity, i + 2)
                : places.After(i + 1, sentence.EndToken, 6);
        if (place is null || PartyNamedBy(prefix, i) is not { } party)
        {
            return;
        }

        // "the Houthi-held towns of Hays and Khokha": every place of the list.
        AddListed(party, place.Value, ControlStatus.Controls, i, sentence);
    }

    /// <summary>
    /// The party a modifier at token <paramref name="index"/> names: "rebel" (the article's rebels, or the body named
    /// with its rebels before: "M23 rebels ... a rebel-held town"), "Russian" (Russia), "Houthi", "Taliban".
    /// </summary>
    private EntityInfo? PartyNamedBy(string modifier, int index)
    {
        if (RebelWords.Contains(modifier) || RebelWords.Contains(modifier + "s"))
        {
            return doc.Entities.FirstOrDefault(e => e.Type == EntityType.Group && e.Head is not null && RebelWords.Contains(e.Head))
                ?? nominals.NamedRebelsBefore(index)
                ?? NewGroup(modifier.ToLowerInvariant() + "s");
        }

        // "the government-held town of al-Hader": the government of the country the article is about; "in military
        // hands": its armed forces.
        if (nominals.ArticleGovernment(modifier, index) is { } government)
        {
            return government;
        }

        if (modifier is "military" or "army" && nominals.ArticleArmy(modifier, index) is { } army)
        {
            return army;
        }

        var tokens = Tokenizer.Tokenize(modifier, doc.Lexicon.PeriodWords);
        var entries = tokens.Count > 0 ? doc.Gazetteer.Lookup(tokens, 0, tokens.Count) : null;
        var record = entries?.FirstOrDefault(e => e.Record is not null)?.Record;
        return record is not null ? builder.CountryEntity(record) : doc.Entities.FirstOrDefault(e => !e.IsNominal && e.Name == modifier);
    }

    // "Kidal has been under rebel control since 2012": the place before, the party in the modifier.
    private void UnderControlOf(int i, Sentence sentence, ControlStatus status = ControlStatus.Controls, int extent = 0)
    {
        // The party's word before the control word and the words of its extent: "under our full control".
        var first = i - 2 - extent;
        while (first > sentence.FirstToken && LinksPlaceToControl(doc.Tokens[first - 1]))
        {
            first--;
        }

        var place = places.Before(first, sentence.FirstToken);
        var at = i - 1 - extent;
        var modifier = doc.Tokens[at];
        // '"Goma is under our control," the rebels' spokesman said': the speaker's side.
        var party = doc.MentionAt[at] is { } named && named.EndToken == at + 1 ? named.Entity
            : modifier.Value is "our" or "Our" ? FirstPersonParty(at)
            : modifier.Kind == TokenKind.Word ? PartyNamedBy(modifier.Value, at) : null;
        // "under Trump administration" names who governs, not who holds a place; "a settlement that leaves the
        // peninsula under Russian rule" says what would be, not what is.
        var placeFirst = place is null ? -1 : doc.MentionAt[place.Value.First] is { } placeName ? placeName.PhraseFirstToken : place.Value.First;
        if (place is not null && party is not null && party != place.Value.Entity && party.Type != EntityType.Location
            && (party.Type != EntityType.Person || doc.IsWord(i, "control"))
            && doc.TokenAt(placeFirst - 1).Value is not ("leave" or "leaves" or "leaving" or "put" or "puts" or "putting" or "bring" or "brings" or "place" or "places"))
        {
            Add(party, place.Value.Entity, status, place.Value.First, i + 1, sentence, 0.7);
        }
    }

    // "Rebels remain in control of Goma", "Hamas has been in full control of Gaza since 2007".
    private void InControlOf(int i, Sentence sentence)
    {
        var k = doc.IsWord(i - 1, "full") ? i - 3 : i - 2;
        // 'Colombian forces were "in full control" of Tibú'
        if (doc.OpensPhraseQuote(k))
        {
            k--;
        }

        while (k > sentence.FirstToken && doc.Tokens[k].Value is "remain" or "remains" or "remained" or "stay" or "stays" or "stayed"
            or "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "now" or "still" or "firmly" or "largely")
        {
            k--;
        }

        // 'the army said it "remains in full control of Djibo"'
        if (doc.Tokens[k].Kind == TokenKind.Quote && k > sentence.FirstToken && doc.Tokens[k - 1].Kind == TokenKind.Word)
        {
            k--;
        }

        var party = nominals.NounPhraseEndingAt(k, sentence.FirstToken, allowApposition: true);
        var skip = i + 1;
        while (skip < sentence.EndToken && (doc.Tokens[skip].Value is "of" or "over" || PlaceFinder.IsExtentWord(doc.Tokens[skip].Value)))
        {
            skip++;
        }

        if (doc.ClosesPhraseQuote(skip))
        {
            skip++;
        }

        var place = places.After(skip, sentence.EndToken, 3);
        var holder = party is null ? null : FirstPersonParty(party.First) ?? party.Entity;
        if (party is not null && holder is not null && place is not null && holder != place.Value.Entity && holder.Type != EntityType.Location)
        {
            AddListed(holder, place.Value, ControlStatus.Controls, party.First, sentence);
        }
    }

    // The place after the verb and every place listed after it ("seized Mosul, Tikrit and Ramadi in 2014", "much of
    // Yemen, including the capital Sanaa"), each with the whole list as evidence; returns the places and the list's end.
    private (List<EntityInfo> Places, int End) AddListed(
        EntityInfo party, (EntityInfo Entity, int End) place, ControlStatus status, int first, Sentence sentence, int timeFrom = -1)
    {
        var listed = places.ListedAfter(place.End, sentence.EndToken);
        var end = listed.Count > 0 ? listed[^1].End : place.End;
        var taken = new List<(EntityInfo Entity, int End)> { place };
        taken.AddRange(listed.Where(l => l.Entity != party && l.Entity != place.Entity));

        // "Bakhmut on May 20 and Avdiivka on February 17", "Goma in January and Bukavu in February": each place with
        // the time right after it, the last one's time in the evidence too.
        bool DatedAt(int k) => listed.Count > 0 && places.AfterTimeOfItem(k) > k;
        if (DatedAt(end))
        {
            end = Math.Min(sentence.EndToken, places.AfterTimeOfItem(end));
        }

        foreach (var (each, itemEnd) in taken)
        {
            Add(party, each, status, first, end, sentence, each == place.Entity ? 0.7 : 0.6, timeFrom: DatedAt(itemEnd) ? doc.Tokens[itemEnd].Start : timeFrom);
        }

        return (taken.Select(x => x.Entity).ToList(), end);
    }

    // "Separatists, who control much of Donetsk": the noun phrase the relative clause is about controls the place.
    private void RelativeControl(int i, Sentence sentence, int objectFirst = -1)
    {
        var k = i - 2;
        if (doc.IsWord(k, ","))
        {
            k--;
        }

        var party = nominals.NounPhraseEndingAt(k, sentence.FirstToken, allowApposition: false);
        // "Fano, an Amhara militia that controls": the name the description is set after.
        if (party is { Entity.IsNominal: true } described && NamedBeforeComma(described.First) is { } named)
        {
            party = named;
        }

        // "which controls large parts of the Menaka region"
        var skip = SkipExtent(objectFirst >= 0 ? objectFirst : i + 1, sentence);
        var place = places.After(skip, sentence.EndToken, 3);
        if (party is not null && place is not null && party.Entity != place.Value.Entity && party.Entity.Type != EntityType.Location)
        {
            AddListed(party.Entity, place.Value, ControlStatus.Controls, party.First, sentence);
        }
    }

    // A "not" or "never" before the verb at token i, over auxiliaries and "yet" ("has not yet taken").
    private bool Negated(int i)
    {
        var k = i - 1;
        while (k > 0 && doc.Tokens[k].Value is "yet" or "ever" or "been" or "be" or "have" or "has" or "had" or "fully")
        {
            k--;
        }

        return doc.TokenAt(k).Value is "not" or "never" or "n't" or "’t";
    }

    // The name right before the comma that sets off a description opening at token first ("Fano, an Amhara militia").
    private NounPhrase? NamedBeforeComma(int first)
    {
        var comma = doc.TokenAt(first - 1).Value is "a" or "an" or "the" ? first - 2 : first - 1;
        return doc.IsWord(comma, ",") && doc.MentionAt[comma - 1] is { Adjectival: false, Kind: MentionKind.Name, Entity.IsNominal: false } name
            && name.EndToken == comma && name.Entity.Type is EntityType.Organization or EntityType.Group
                ? new NounPhrase(name.FirstToken, name.EndToken, name.Entity, 0.7)
                : null;
    }

    private static bool RunsAdministration(string verb) =>
        verb.ToLowerInvariant() is "run" or "runs" or "ran" or "running" or "established" or "establishes" or "formed" or "forms"
            or "operates" or "operated";

    // "has run Raqqa and Hasakah as a de facto self-governing region": the place is run de facto.
    private bool RunAsDeFacto(int i, Sentence sentence)
    {
        for (var j = i + 2; j + 3 < sentence.EndToken && j - i < 12; j++)
        {
            if (doc.Tokens[j].Value is "," or ";" or "which" or "who")
            {
                return false;
            }

            if (doc.IsWord(j, "as") && doc.TokenAt(j + 1).Value is "a" or "an" && doc.IsWord(j + 2, "de") && doc.IsWord(j + 3, "facto"))
            {
                return true;
            }
        }

        return false;
    }

    // Past the words saying how much of a place is meant: "large parts of", "most of", "about 80% of".
    private int SkipExtent(int skip, Sentence sentence)
    {
        var from = skip;
        while (skip < sentence.EndToken && (doc.Tokens[skip].Value is "of" || PlaceFinder.IsExtentWord(doc.Tokens[skip].Value) || Shares.IsShare(doc, skip)))
        {
            skip++;
        }

        // "large parts of the countryside in ...": the article of what the share is of, and the countryside of the places.
        skip = skip > from && doc.IsWord(skip - 1, "of") && doc.IsWord(skip, "the") ? skip + 1 : skip;
        if (doc.IsWord(skip, "countryside") && doc.TokenAt(skip + 1).Value is "in" or "around" or "of")
        {
            return skip + (doc.IsWord(skip + 2, "the") ? 3 : 2);
        }

        return PastPartsOfPlaces(skip);
    }

    // "most rural roads in the Mopti and Segou regions", "several villages in Sinjar", "the towns around Kidal":
    // holding the parts of the places the article names is holding (part of) them.
    private int PastPartsOfPlaces(int skip)
    {
        var part = doc.TokenAt(skip).Value is "the" or "several" or "many" or "some" or "dozens" or "two" or "three" or "four" or "five"
            ? skip + 1
            : skip;
        if (doc.TokenAt(part) is { Kind: TokenKind.Word, IsCapitalized: false } adjective && !PartsOfPlaces.Contains(adjective.Value)
            && !doc.Lexicon.Stopwords.Contains(adjective.Value))
        {
            part++;
        }

        if (doc.TokenAt(part) is { Kind: TokenKind.Word, IsCapitalized: false } noun && PartsOfPlaces.Contains(noun.Value)
            && doc.TokenAt(part + 1).Value is "in" or "around")
        {
            return part + (doc.IsWord(part + 2, "the") ? 3 : 2);
        }

        return skip;
    }

    // Parts of a place whose holding is holding the place: "roads in", "villages around".
    private static readonly HashSet<string> PartsOfPlaces = new(StringComparer.Ordinal)
    {
        "roads", "villages", "towns", "areas", "positions", "districts", "localities", "hamlets", "neighbourhoods", "neighborhoods",
    };

    private EntityInfo NewGroup(string name)
    {
        var e = builder.GetOrCreate("group:" + name, EntityType.Group, name);
        e.IsNominal = true;
        e.Head = name;
        return e;
    }

    private void Verb(int i, Sentence sentence, ControlStatus status)
    {
        // "The rebels have never controlled Goma", "did not capture", "has not yet taken": no fact.
        if (Negated(i))
        {
            return;
        }

        // "the city was captured by", and the reduced relative "the largest city controlled by Daesh": a participle
        // right before "by" is passive too.
        var passive = i > sentence.FirstToken && doc.Tokens[i - 1].Value is "was" or "were" or "been" or "is" or "are" or "be"
            || doc.IsWord(i + 1, "by") && (doc.Tokens[i].Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || doc.Tokens[i].Value is "held" or "taken" or "retaken" or "overrun");
        EntityInfo? party;
        (EntityInfo Entity, int End)? place;
        IReadOnlyList<EntityInfo> them = [];
        int start;
        var subjectFirst = -1;
        NounPhrase? agent = null;
        if (passive)
        {
            var subject = places.Before(i, sentence.FirstToken);
            if (subject is null)
            {
                return;
            }

            // "the city of Mosul in northern Iraq was taken by ISIL", "El Fasher, the last city in Darfur held by the
            // army": the place named or described before "in" is the one held, not the region it lies in.
            // "in Armenia's northeastern Tavush region": a possessor country between "in" and the place.
            var locative = doc.MentionAt[subject.Value.First - 1] is { } kindOf && kindOf.Entity == subject.Value.Entity
                ? kindOf.FirstToken : subject.Value.First;
            while (locative > sentence.FirstToken && !doc.IsWord(locative, "in") && locative >= subject.Value.First - 5
                && (doc.TokenAt(locative - 1).Value.ToLowerInvariant() is "in" or "the" || PlaceFinder.IsDirection(doc.TokenAt(locative - 1))
                    || doc.TokenAt(locative - 1).Value is "'s" or "\u2019s" && doc.MentionAt[locative - 2] is { } possessor && doc.IsWord(possessor.FirstToken - 1, "in")))
            {
                locative = doc.TokenAt(locative - 1).Value is "'s" or "\u2019s" ? doc.MentionAt[locative - 2]!.FirstToken : locative - 1;
            }
            if (!doc.IsWord(locative, "in"))
            {
                locative = -1;
            }

            if (locative > sentence.FirstToken && doc.MentionAt[locative - 1] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } held
                && held.EndToken == locative)
            {
                subject = (held.Entity, held.FirstToken);
            }
            else if (locative > sentence.FirstToken && doc.IsWord(i + 1, "by") && NameFinder.IsPlaceKind(doc.TokenAt(locative - 1).Value))
            {
                subject = places.Before(locative, sentence.FirstToken);
                if (subject is null)
                {
                    return;
                }
            }
            else if (locative > sentence.FirstToken && doc.TokenAt(locative - 1) is { Kind: TokenKind.Word } thing && doc.MentionAt[locative - 1] is null
                && (!thing.IsCapitalized || locative - 1 == sentence.FirstToken))
            {
                // "The four villages in Armenia's Tavush region were seized": unnamed places in it, not the region.
                return;
            }

            place = (subject.Value.Entity, i + 1);
            start = subject.Value.First;
            var by = FindBy(i + 1, sentence.EndToken);
            agent = by;
            party = by?.Entity;
            if (by is not null)
            {
                place = (subject.Value.Entity, by.End);
            }
        }
        else if (BothCountriesBefore(i, sentence) is { Count: 2 } pair
            && places.After(i + 1, sentence.EndToken, status == ControlStatus.Claims ? 2 : 8) is { } claimed && !pair.Contains(claimed.Entity))
        {
            // "Both countries claim Kashmir in full": the two countries named last.
            foreach (var country in pair)
            {
                AddListed(country, claimed, status, i, sentence);
            }

            return;
        }
        else
        {
            // "Forces loyal to Haftar advanced toward Tripoli on Thursday, seizing Gharyan": a participle after a comma has
            // no subject of its own; the sentence's subject is found below.
            var np = doc.Tokens[i].Value.EndsWith("ing", StringComparison.Ordinal) && doc.IsWord(i - 1, ",")
                ? null
                : nominals.SubjectBefore(i, sentence.FirstToken);

            // "a column moving up from Gao captured Anefis": a place after a preposition is where the subject came from,
            // not the subject.
            if (np is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location }
                && doc.TokenAt(np.First - 1).Value is "from" or "in" or "at" or "near" or "outside" or "around")
            {
                np = null;
            }

            // "The M23 took Goma in January. It took Bukavu in February": "it" that takes or holds a place is a body or a
            // country, not the town named last.
            if (np is { Entity: { Type: EntityType.GeopoliticalEntity, Record: not ({ IsCountry: true } or { IsFormerState: true }) } }
                && np.End == np.First + 1 && doc.Tokens[np.First].Value is "it" or "It")
            {
                np = nominals.ResolvePronoun("it", np.First, bodiesOnly: true) is { } body ? np with { Entity = body } : null;
            }

            subjectFirst = np?.First ?? -1;
            // "Our heroic troops have captured X", said by someone whose side the article does not name: no party.
            party = np is null ? null : FirstPersonParty(np.First) ?? (IsFirstPersonPhrase(np.First) ? null : np.Entity);
            start = np?.First ?? i;
            // "Mauritius gained independence in 1968 and had claimed the archipelago ever since": a second verb shares
            // the subject that opens the sentence.
            if (np is null && SubjectOfFirstVerb(i, sentence) is { } opening)
            {
                // The evidence starts at the verb, so that the first verb's time is not this one's.
                party = opening.Entity;
            }

            if (np is null && FirstPersonBefore(i, sentence.FirstToken) is { } we)
            {
                // "We have liberated Lashio": "we" has no antecedent in the text, but the speaker has a side.
                party = FirstPersonParty(we);
                start = we;
            }
            var skip = i + 1;
            if (ClaimsToHold(i))
            {
                // "The rebels claim to control most of the city".
                skip += 2;
            }

            // 'had "taken full control" of the camp': over the mark closing a quoted verb; "large parts of both Sool and
            // Sanaag".
            while (skip < sentence.EndToken && (doc.Tokens[skip].Value is "control" or "of" or "over" or "most" or "all" or "much" or "part" or "parts"
                or "sovereignty" or "full" or "complete" or "total" or "effective" or "both" || Shares.IsShare(doc, skip)
                || PlaceFinder.IsExtentWord(doc.Tokens[skip].Value) || doc.ClosesPhraseQuote(skip)))
            {
                skip++;
            }

            skip = PastPartsOfPlaces(skip);

            // A claim names its place at once ("claims Taiwan", "claims democratically ruled Taiwan"), not at the end of a
            // clause ("claimed that ... in Aleppo").
            if (status == ControlStatus.Claims)
            {
                skip = Shares.After(doc, skip);
                // "claims the oil-rich province of Kirkuk": the article goes with the modifiers after it.
                if (doc.IsWord(skip, "the") && PlaceFinder.AfterModifiers(doc, skip + 1) > skip + 1)
                {
                    skip++;
                }

                skip = PlaceFinder.AfterModifiers(doc, skip);
            }

            // "recaptured it", "has controlled them since the break-up of the Soviet Union": the pronoun is the place.
            var pronounObject = doc.TokenAt(skip).Value is "it" or "them";
            place = pronounObject || TakesRelativeObject(i) ? null : places.After(skip, sentence.EndToken, status == ControlStatus.Claims ? 2 : 8);

            // "Israel has occupied the Golan Heights since 1967 and annexed it in 1981": "it" is the place the
            // sentence's earlier fact is about, and the verb shares that fact's subject.
            if (place is null && doc.IsWord(skip, "it") && doc.IsWord(i - 1, "and")
                && items.LastOrDefault(x => x.Start >= doc.Tokens[sentence.FirstToken].Start) is { } earlier)
            {
                place = (earlier.Place, skip + 1);
                party ??= earlier.Party;
                start = i;
            }

            // "Israel has occupied them since 1967": the places listed last ("the Shebaa Farms and the Kfarshouba hills"),
            // or one whose name is plural ("the Kuril Islands"), in this sentence or the one before.
            var previous = doc.Sentences[Math.Max(0, doc.SentenceOf[sentence.FirstToken] - 1)];
            // "The Joint Forces pulled back from Hays and Bayt al-Faqih, and the Houthis took over both districts": the
            // two places named last, as for "them".
            var bothPlaces = BothPlacesAt(skip - 1);
            if (place is null && (doc.IsWord(skip, "them") || bothPlaces) && status != ControlStatus.Claims
                && PlacesReferredToAsThem(i, previous.FirstToken, party) is [var firstOfThem, .. var restOfThem] && (!bothPlaces || restOfThem.Count == 1))
            {
                place = (firstOfThem, skip + 1);
                them = restOfThem;
            }

            // "Eritrean forces seized Badme in May 1998. Ethiopia recaptured it in February 1999": the place of the fact
            // told last, in this sentence or the one before.
            if (place is null && pronounObject && status != ControlStatus.Claims
                && items.LastOrDefault(x => x.Start >= doc.Tokens[previous.FirstToken].Start && x.Status != ControlStatus.PartOf) is { } told)
            {
                place = (told.Place, skip + 1);
            }

            // "The army held Bara until September but lost it to the RSF", "insurgents overran it on Saturday": else the
            // place (not a country) named last, in this sentence or the one before.
            if (place is null && doc.IsWord(skip, "it") && status != ControlStatus.Claims
                && PlacesNamedBefore(i, party, 1, countries: false, from: previous.FirstToken) is [var named])
            {
                place = (named, skip + 1);
            }

            // "Military officers in Niger have seized power": the place the subject is in; "Myanmar's army seized power":
            // the country whose body it is.
            if (place is null && np is not null && doc.IsWord(skip, "power")
                && !(doc.TokenAt(skip + 1) is { Kind: TokenKind.Word, IsCapitalized: false } after && !doc.Lexicon.Stopwords.Contains(after.Value)))
            {
                place = PlaceInSubject(np.First, i) ?? (np.Entity.Country is { } country ? (country, skip + 1) : null);

                // "Thailand is in crisis. The military seized power": the country the article is about.
                if (place is null && doc.TokenAt(np.End - 1).Value.ToLowerInvariant() is "military" or "army" or "junta"
                    && places.ArticleCountry(np.First) is { } articleCountry)
                {
                    place = (articleCountry, skip + 1);
                }
            }

            // "The Golan Heights, which Israel captured from Syria in 1967": the place the relative clause is about; its
            // subject may be a pronoun that stands for nothing named before it in the sentence.
            var auxiliaries = i - 1;
            while (auxiliaries > sentence.FirstToken && doc.Tokens[auxiliaries].Value is "has" or "have" or "had" or "also" or "already")
            {
                auxiliaries--;
            }

            var relativeSubject = np?.First ?? (NominalResolver.IsPronoun(doc.TokenAt(auxiliaries).Value) ? auxiliaries : -1);
            if (doc.TokenAt(relativeSubject - 1).Value is "its" or "their" or "the")
            {
                // "which its fighters have besieged", "which the RSF had held".
                relativeSubject--;
            }

            // "El Obeid, a city the RSF has besieged since October": a relative clause with no pronoun after the place's
            // description.
            var reduced = relativeSubject > 0 && doc.TokenAt(relativeSubject - 1) is { Kind: TokenKind.Word, IsCapitalized: false } kindWord
                && NameFinder.IsPlaceKind(kindWord.Value) && doc.TokenAt(relativeSubject - 2).Value is "a" or "an" or "the"
                ? places.AppositiveBefore(relativeSubject, sentence.FirstToken)
                : null;
            if (place is null && relativeSubject > 0 && (doc.TokenAt(relativeSubject - 1).Value is "which" or "that" || reduced is not null)
                && (reduced ?? places.Before(relativeSubject - 1, sentence.FirstToken) ?? places.AppositiveBefore(relativeSubject - 1, sentence.FirstToken)) is { } found)
            {
                var antecedent = OverWhereItLies(found, sentence);
                place = (antecedent.Entity, i + 1);
                start = antecedent.First;

                // "Russia holds Crimea, which it annexed in 2014", "The jihadists hold Mosul, Iraq's second city, which
                // they took": the pronoun is the main clause's party, when it has one; never the place the relative
                // clause is about, nor the neighbour on whose border it lies.
                if (NominalResolver.IsPronoun(doc.Tokens[relativeSubject].Value))
                {
                    party = MainClauseParty(sentence, antecedent.Entity) ?? (party == antecedent.Entity || party == found.Entity ? null : party);
                }
            }

            // "have captured a string of towns in North Kivu ..., including Rutshuru and Kiwanja": the places listed.
            if (place is null && status != ControlStatus.Claims)
            {
                place = IncludedPlace(skip, sentence);
            }
        }

        if (place is null)
        {
            return;
        }

        // "The government moved to Port Sudan after losing the capital Khartoum", "The Houthis advanced south, capturing
        // Hodeidah": the participle's subject is the sentence's; so is the subject of a second verb ("has captured most
        // townships and now besieges Sittwe").
        var andBefore = doc.IsWord(i - 1, "and") || doc.TokenAt(i - 1).Value is "now" or "then" or "later" or "also" && doc.IsWord(i - 2, "and");
        var ownClauseTime = -1;
        var subjectAt = ContentFinder.AfterDateline(doc, sentence.FirstToken, i);
        if (party is null && !passive && (doc.Tokens[i].Value.EndsWith("ing", StringComparison.Ordinal)
                && doc.TokenAt(i - 1).Value is "after" or "before" or "since" or "by" or "while" or "when" or "," || andBefore)
            && PossessedBody(nominals.PhraseStartingAt(subjectAt, i - 1)
                ?? (doc.TokenAt(subjectAt).Value is "The" or "the" ? nominals.PhraseStartingAt(subjectAt + 1, i - 1) : null))
                is { Entity: var subjectOfSentence } && subjectOfSentence != place.Value.Entity
            && subjectOfSentence.Type is not EntityType.Location)
        {
            party = subjectOfSentence;
            start = subjectAt;
            // The second verb's time is in its own clause, not in the first verb's ("have captured towns since launching
            // an offensive in late 2021 ... and now control Masisi").
            ownClauseTime = doc.Tokens[i].Start;
        }

        // "After capturing Gao, the rebels moved south": the subject after the participle's clause.
        if (party is null && !passive && doc.Tokens[i].Value.EndsWith("ing", StringComparison.Ordinal) && i - 1 == sentence.FirstToken
            && doc.Tokens[i - 1].Value is "After" or "Before" or "Since" or "While" or "When" or "Upon" or "On")
        {
            var comma = doc.NextComma(place.Value.End, Math.Min(sentence.EndToken, place.Value.End + 6));
            if (doc.IsWord(comma, ",") && nominals.PhraseStartingAt(comma + 1, Math.Min(sentence.EndToken, comma + 6)) is { } mainSubject
                && mainSubject.Entity != place.Value.Entity && mainSubject.Entity.Type is not EntityType.Location)
            {
                party = mainSubject.Entity;
                start = i - 1;
            }
        }

        // "they had captured X", the army said: the claimant is the party; "the capture of X", Moscow claimed: a body or
        // country claiming a deed with no subject did it. Residents or witnesses reporting it did not.
        var claim = ClaimAt(i);
        // "The MNDAA, one of three groups in the alliance, said its fighters had taken X": the speaker's fighters.
        var pronoun = party is not null && (NominalResolver.IsPronoun(doc.Tokens[Math.Max(start, 0)].Value)
            || doc.Tokens[Math.Max(start, 0)].Value.ToLowerInvariant() is "its" or "their"
            || doc.TokenAt(start - 1).Value.ToLowerInvariant() is "its" or "their");
        var unresolvedRelative = party is null && RelativePronounBefore(i, sentence.FirstToken) is not null;
        // (Not a monitor's report: "according to the United Nations, it controls" is another side's hold.)
        if (claim is not null && (party is null && !unresolvedRelative || pronoun) && !IsOnlooker(claim.Speaker)
            && (claim.Speaker.Type is EntityType.Organization or EntityType.GeopoliticalEntity || pronoun && claim.Speaker.Type == EntityType.Group))
        {
            // "Russia's Defence Ministry said its troops had liberated Sudzha": a ministry has no troops of its own; they
            // are its country's.
            party = StateOfMinistry(claim.Speaker) ?? claim.Speaker;
        }

        if (party is null || party == place.Value.Entity || party.Type == EntityType.Location)
        {
            return;
        }

        if (passive)
        {
            Add(party, place.Value.Entity, status, Math.Min(start, i), place.Value.End, sentence, 0.7);

            // "claimed by both Baghdad and the Kurdistan Regional Government": each party named after "by".
            if (agent is not null && SecondSide(agent, place.Value.Entity, sentence.EndToken) is { } second)
            {
                Add(second.Entity, place.Value.Entity, status, Math.Min(start, i), second.End, sentence, 0.7);
            }

            // "was captured by Israel from Syria": the party it was taken from lost it.
            if (agent is not null && status is ControlStatus.Captured or ControlStatus.Recaptured && doc.IsWord(agent.End, "from")
                && nominals.PhraseStartingAt(agent.End + 1, Math.Min(sentence.EndToken, agent.End + 7)) is { } loser
                && loser.Entity != party && loser.Entity != place.Value.Entity && HoldsGround(loser.Entity))
            {
                Add(loser.Entity, place.Value.Entity, ControlStatus.Lost, Math.Min(start, i), loser.End, sentence, 0.6);
            }

            return;
        }

        var (taken, listEnd) = AddListed(party, place.Value, status, Math.Min(start, i), sentence, ownClauseTime);
        foreach (var other in them.Where(e => e != party && !taken.Contains(e)))
        {
            Add(party, other, status, Math.Min(start, i), place.Value.End, sentence, 0.6);
            taken.Add(other);
        }

        foreach (var (other, otherFirst) in PartiesJoinedBefore(subjectFirst, sentence.FirstToken))
        {
            // "Vietnam and Malaysia also claim parts of the Spratly Islands": each party of the subject.
            if (other != place.Value.Entity)
            {
                AddListed(other, place.Value, status, otherFirst, sentence);
            }
        }

        if (claim is not null)
        {
            return;
        }

        // "retook Palmyra from Islamic State militants": the party it was taken from lost it (as a fact, not inside
        // someone's claim, which would make it that party's claim).
        // "The army lost control of Kidal to separatist rebels": the party it went to captured it.
        // (Not a handover: "handed the islands to Mauritius" tells of no capture.)
        if (status == ControlStatus.Lost && doc.IsWord(listEnd, "to") && !Handovers.Contains(doc.Tokens[i].Value)
            && nominals.PhraseStartingAt(listEnd + 1, Math.Min(sentence.EndToken, listEnd + 6)) is { } gainerPhrase
            && (LoyalTo(gainerPhrase) ?? gainerPhrase) is var gainer
            && gainer.Entity != party && gainer.Entity.Type != EntityType.Location)
        {
            foreach (var each in taken.Where(e => e != gainer.Entity))
            {
                Add(gainer.Entity, each, ControlStatus.Captured, Math.Min(start, i), gainer.End, sentence, 0.6);
            }
        }

        var fromAt = doc.IsWord(listEnd, "back") ? listEnd + 1 : listEnd;
        fromAt = AfterWhereItIs(fromAt);
        if (status is ControlStatus.Captured or ControlStatus.Recaptured && doc.IsWord(fromAt, "from")
            && nominals.PhraseStartingAt(fromAt + 1, Math.Min(sentence.EndToken, fromAt + 6)) is { } from
            && from.Entity != party && from.Entity.Type != EntityType.Location)
        {
            foreach (var each in taken.Where(e => e != from.Entity))
            {
                Add(from.Entity, each, ControlStatus.Lost, Math.Min(start, i), from.End, sentence, 0.6);
            }
        }
    }

    // "lost it to fighters loyal to the SSC-Khatumo administration": the side unnamed fighters are loyal to.
    private NounPhrase? LoyalTo(NounPhrase fighters)
    {
        if (!fighters.Entity.IsNominal || !doc.IsWord(fighters.End, "loyal") || !doc.IsWord(fighters.End + 1, "to"))
        {
            return null;
        }

        var at = doc.IsWord(fighters.End + 2, "the") ? fighters.End + 3 : fighters.End + 2;
        return doc.MentionAt[at] is { Adjectival: false, Entity.Type: not EntityType.Location } side && side.FirstToken == at
            ? new NounPhrase(side.FirstToken, side.EndToken, side.Entity, side.Confidence)
            : null;
    }

    // The country whose ministry a body is: "Russia's Defence Ministry", "the Russian Defence Ministry".
    private EntityInfo? StateOfMinistry(EntityInfo body)
    {
        if (!body.Name.Contains("ministry", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return body.Country ?? builder.CountryNamedBy(body.Name.Split(' ')[0]);
    }

    // "occupied by Israel since 1967": a "since" in the verb's clause.
    private bool SinceFollows(int verb, Sentence sentence)
    {
        for (var j = verb + 1; j < sentence.EndToken && j - verb <= 8; j++)
        {
            if (doc.IsWord(j, "since"))
            {
                return true;
            }

            if (doc.Tokens[j].Value is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    // "recaptured Adan Yabaal in the Middle Shabelle region from al-Shabaab": the token after where the place lies,
    // when "from" follows it; else token k.
    private int AfterWhereItIs(int k)
    {
        if (!doc.IsWord(k, "in"))
        {
            return k;
        }

        var j = doc.IsWord(k + 1, "the") ? k + 2 : k + 1;
        if (doc.MentionAt[j] is not { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } where
            || where.FirstToken != j)
        {
            return k;
        }

        j = where.EndToken;
        if (doc.TokenAt(j) is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value))
        {
            j++;
        }

        return doc.IsWord(j, "from") ? j : k;
    }

    // The first place listed after "including" when the object that starts at token from names kinds of place in the
    // plural ("several towns", "a string of villages").
    private (EntityInfo Entity, int End)? IncludedPlace(int from, Sentence sentence)
    {
        // "most major towns", "four of Darfur's five state capitals": a count and whose they are may come before the kind.
        var plural = -1;
        for (var k = from; k < sentence.EndToken && k - from < 8
            && (doc.Tokens[k] is { Kind: TokenKind.Word or TokenKind.Number, IsCapitalized: false } || doc.MentionAt[k] is not null); k++)
        {
            if (doc.Tokens[k].Value.Length > 3 && NameFinder.IsPluralPlaceKind(doc.Tokens[k].Value))
            {
                plural = k;
                break;
            }
        }

        for (var k = plural + 1; plural >= 0 && k < sentence.EndToken && k - plural < 25; k++)
        {
            if (doc.Tokens[k].Value is ";" || doc.Tokens[k].Kind == TokenKind.Quote)
            {
                return null;
            }

            if (doc.IsWord(k, "including") && doc.IsWord(k - 1, ",")
                && doc.MentionAt[k + 1] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } listed
                && listed.FirstToken == k + 1)
            {
                return (listed.Entity, listed.EndToken);
            }
        }

        return null;
    }

    // The parties listed before a subject that starts at token first: "Vietnam and", "Vietnam, Malaysia and".
    private List<(EntityInfo Entity, int First)> PartiesJoinedBefore(int first, int sentenceFirst)
    {
        var parties = new List<(EntityInfo, int)>();
        // "Both Baghdad and the Kurdish regional government claim": the subject's article comes after "and".
        if (doc.IsWord(first - 1, "the") || doc.IsWord(first - 1, "The"))
        {
            first--;
        }

        // "and allied rebels of the Free Syrian Army", "and a faction of Abu Sayyaf": over the words that say which of the
        // body's people act.
        var j = first - 1;
        while (j > sentenceFirst && j > first - 5 && doc.TokenAt(j) is { Kind: TokenKind.Word, IsCapitalized: false } word
            && (word.Value is "of" or "the" or "a" or "an" || !doc.Lexicon.Stopwords.Contains(word.Value)))
        {
            j--;
        }

        first = j < first - 1 && doc.IsWord(j, "and") ? j + 1 : first;

        if (first <= sentenceFirst || !doc.IsWord(first - 1, "and"))
        {
            return parties;
        }

        // "Turkish troops and allied rebels of the Free Syrian Army captured": the country of the troops joined before.
        if (doc.TokenAt(first - 2).Value is "troops" or "forces" or "soldiers" && first - 3 >= sentenceFirst
            && doc.MentionAt[first - 3] is { Adjectival: true, Entity.Record.IsCountry: true } country && country.EndToken == first - 2)
        {
            parties.Add((country.Entity, country.FirstToken));
            return parties;
        }

        // "Russian and South Ossetian forces captured": a country's adjective joined to the troops' is its troops too.
        var troops = Enumerable.Range(first, 4).Any(j => doc.TokenAt(j).Value is "troops" or "forces" or "soldiers");
        var k = first - 2;
        while (k >= sentenceFirst && doc.MentionAt[k] is { } m && m.EndToken == k + 1
            && (!m.Adjectival || troops && m.Entity.Record?.IsCountry == true)
            && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Organization or EntityType.Group)
        {
            parties.Add((m.Entity, m.FirstToken));
            k = m.FirstToken - 1;
            if (k < sentenceFirst || doc.Tokens[k].Value != ",")
            {
                break;
            }

            k--;
        }

        // "the army and the Joint Forces retook": a body described before "and", read as the subject is.
        if (parties.Count == 0 && doc.MentionAt[first - 2] is null
            && nominals.NounPhraseEndingAt(first - 2, sentenceFirst, allowApposition: false) is { Entity.Type: EntityType.Organization or EntityType.Group } side
            && HoldsGround(side.Entity))
        {
            parties.Add((side.Entity, side.First));
        }

        return parties;
    }

    private (EntityInfo Entity, int End)? PlaceInSubject(int first, int verb)
    {
        for (var k = first; k < verb - 1; k++)
        {
            if (doc.IsWord(k, "in") && doc.MentionAt[k + 1] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } m)
            {
                return (m.Entity, verb + 2);
            }
        }

        return null;
    }

    // The party of a fact found earlier in the sentence about the place, else the actor the sentence opens with.
    private EntityInfo? MainClauseParty(Sentence sentence, EntityInfo place)
    {
        var sentenceStart = doc.Tokens[sentence.FirstToken].Start;
        var earlier = items.LastOrDefault(x => x.Start >= sentenceStart && x.Place == place)?.Party;
        // "The AA ... has since overrun ..., as well as the town of Pauktaw, which it seized": the name opening the sentence.
        var opening = doc.Tokens[sentence.FirstToken].Value is "The" ? sentence.FirstToken + 1 : sentence.FirstToken;
        return earlier ?? (doc.MentionAt[opening] is { Adjectival: false } m && m.FirstToken == opening && m.Entity != place
            && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Organization or EntityType.Group ? m.Entity : null);
    }

    // ", which" (or ", that") before the subject that ends at token auxiliary: ", which the RSF had held".
    private bool RelativeBeforeSubject(int auxiliary, int sentenceFirst)
    {
        for (var k = auxiliary - 1; k > sentenceFirst + 1 && auxiliary - k <= 5; k--)
        {
            if (doc.Tokens[k].Value is "which" or "that")
            {
                return doc.IsWord(k - 1, ",") && k < auxiliary - 1;
            }

            if (doc.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // The relative pronoun whose clause the verb opens, over auxiliaries and adverbs: "which has governed", "who also
    // seized".
    private int? RelativePronounBefore(int verb, int sentenceFirst)
    {
        var k = verb - 1;
        while (k > sentenceFirst && doc.Tokens[k].Value is "has" or "have" or "had" or "also" or "already" or "later" or "then")
        {
            k--;
        }

        return doc.TokenAt(k).Value is "which" or "who" or "that" ? k : null;
    }

    // Where the place of "from" or "out of" after token k starts, else -1.
    private int AfterFromOrOutOf(int k) =>
        doc.IsWord(k, "from") ? k + 1 : doc.IsWord(k, "out") && doc.IsWord(k + 1, "of") ? k + 2 : -1;

    // "Russian forces withdrew from Kherson in November 2022", "the army retreated from Avdiivka", "pulled out of
    // Gaza", "pulled back from the districts of ...": the party lost the place (not "agreed to withdraw", which is an
    // intention).
    private void Withdrawal(int i, Sentence sentence)
    {
        // "withdrew on Wednesday from the town": over the time between the verb and where from.
        var after = i + 1;
        if (doc.IsWord(after, "on") && doc.TokenAt(after + 1) is { Kind: TokenKind.Word, IsCapitalized: true } day && day.Value.EndsWith("day", StringComparison.Ordinal))
        {
            after += 2;
        }
        else if (doc.TokenAt(after).Value is "overnight" or "yesterday" or "today")
        {
            after++;
        }

        var from = AfterFromOrOutOf(doc.IsWord(after, "out") && doc.IsWord(after + 1, "of") ? after : doc.IsWord(after, "back") ? after + 1 : after);
        if (from < 0 || doc.Tokens[i].Value is "pulled" or "pulls" && !doc.IsWord(i + 1, "out") && !doc.IsWord(i + 1, "back")
            || doc.TokenAt(i - 1).Value is "to" or "will" or "would" or "could" or "must" or "should" or "not" or "never" or "may" or "might")
        {
            return;
        }

        // "pulled out of one of them, al-Hamidiyah,": the place named after the comma.
        if (doc.IsWord(from, "one") && doc.IsWord(from + 1, "of") && doc.IsWord(from + 2, "them") && doc.IsWord(from + 3, ","))
        {
            from += 4;
        }

        var subject = nominals.SubjectBefore(i, sentence.FirstToken);
        if (subject is not null && HoldsGround(subject.Entity) && places.StartingAt(from, sentence.EndToken) is { } place
            && subject.Entity != place.Entity)
        {
            // "withdrew from Makhmour and Khanaqin": every place listed.
            AddListed(subject.Entity, (place.Entity, place.End), ControlStatus.Lost, subject.First, sentence);

            // "Soldiers of the Congolese army (FARDC) and allied Wazalendo militiamen pulled out of Bukavu": the side
            // joined before the subject left too.
            if (SideJoinedBefore(subject, sentence) is { } other && other.Entity != place.Entity && HoldsGround(other.Entity))
            {
                AddListed(other.Entity, (place.Entity, place.End), ControlStatus.Lost, other.First, sentence);
            }
        }
    }

    // The side joined by "and" before a subject, over its modifiers ("and allied Wazalendo militiamen"); a body known
    // by the acronym in brackets before "and" is that body ("the Congolese army (FARDC) and").
    private NounPhrase? SideJoinedBefore(NounPhrase subject, Sentence sentence)
    {
        var and = subject.First - 1;
        while (and > subject.First - 3 && doc.TokenAt(and) is { Kind: TokenKind.Word, IsCapitalized: false } modifier && modifier.Value != "and"
            && !doc.Lexicon.Stopwords.Contains(modifier.Value))
        {
            and--;
        }

        if (and <= sentence.FirstToken || !doc.IsWord(and, "and"))
        {
            return null;
        }

        var side = doc.TokenAt(and - 1).Value == ")" && doc.TokenAt(and - 3).Value == "("
            && doc.MentionAt[and - 2] is { Adjectival: false, Entity.Type: EntityType.Organization } acronym
                ? new NounPhrase(acronym.FirstToken, acronym.EndToken, acronym.Entity, acronym.Confidence)
                : nominals.SubjectBefore(and, sentence.FirstToken);
        return side?.Entity == subject.Entity ? null : side;
    }

    // "Islamic State was driven out of Mosul in 2017" (the subject lost it), "Iraqi forces drove Islamic State out of
    // Mosul" (the object lost it, and the subject took it).
    private void DrivenOut(int i, Sentence sentence)
    {
        NounPhrase? loser;
        NounPhrase? winner = null;
        int from;
        var passive = doc.TokenAt(i - 1).Value is "was" or "were" or "been" or "is" or "are" or "be";
        if (passive)
        {
            from = AfterFromOrOutOf(i + 1);
            loser = from < 0 ? null : places.Before(i - 1, sentence.FirstToken) is null ? nominals.SubjectBefore(i - 1, sentence.FirstToken) : null;
        }
        else
        {
            loser = nominals.PhraseStartingAt(i + 1, Math.Min(sentence.EndToken, i + 7));
            // "drove the Islamic State group out of Sirte": over the body's noun after its name.
            var afterLoser = loser is null ? -1
                : doc.TokenAt(loser.End) is { Kind: TokenKind.Word, IsCapitalized: false } noun && EntityBuilder.IsBodyNounAfterName(noun.Value) ? loser.End + 1
                : loser.End;

            // "drove Somaliland's forces out of", "drove Somaliland forces out of": a country's troops are the country's.
            var troops = doc.TokenAt(afterLoser).Value is "'s" or "\u2019s" ? afterLoser + 1 : afterLoser;
            if (loser is { Entity.Type: EntityType.GeopoliticalEntity } && doc.TokenAt(troops).Value is "forces" or "troops" or "soldiers")
            {
                afterLoser = troops + 1;
            }

            from = loser is null ? -1 : AfterFromOrOutOf(afterLoser);
            winner = from < 0 ? null : nominals.SubjectBefore(i, sentence.FirstToken);
        }

        if (loser is not null && HoldsGround(loser.Entity) && from >= 0 && places.StartingAt(from, sentence.EndToken) is { } place
            && loser.Entity != place.Entity)
        {
            Add(loser.Entity, place.Entity, ControlStatus.Lost, Math.Min(loser.First, i), place.End, sentence, 0.6);
            if (winner is not null && HoldsGround(winner.Entity) && winner.Entity != loser.Entity && winner.Entity != place.Entity)
            {
                Add(winner.Entity, place.Entity, ControlStatus.Captured, winner.First, place.End, sentence, 0.6);
            }
        }
    }

    // "Israeli troops withdrew from Khiam", "Troops from Somaliland recaptured Oog": a country's troops, unnamed and
    // described by nothing but their country, hold or lose ground for it (not "Russian-backed forces", "Syrian
    // government forces", which are sides of their own).
    private static EntityInfo? CountryOfItsTroops(EntityInfo party)
    {
        if (party is not { Type: EntityType.Group, IsNominal: true, Country: { } country, Head: "troops" or "forces" or "soldiers" })
        {
            return null;
        }

        var words = party.Name.Split(' ');
        return words.Length == 2 && !words[0].Contains('-', StringComparison.Ordinal)
            || words.Length == 3 && words[1] == "from" && words[2] == country.Name
            ? country
            : null;
    }

    private static bool IsDegreeOfControl(string word) => word is "full" or "complete" or "total" or "effective";

    // Who can give up ground: a state, a body, or an armed group ("Russian forces"), not "residents" forced from a city.
    private static bool HoldsGround(EntityInfo party) =>
        party.Type is EntityType.GeopoliticalEntity or EntityType.Organization
        || party.Type == EntityType.Group && party.Head is "forces" or "troops" or "soldiers" or "fighters" or "rebels" or "militants"
            or "separatists" or "insurgents" or "militias" or "militiamen" or "jihadists" or "guerrillas" or "paramilitaries" or "loyalists";

    // The words between a place and "under the control of", "in the hands of": verbs, adverbs and the opening mark of
    // a quoted fragment ('the town was "completely under the control of the army"').
    private static bool LinksPlaceToControl(Token t) =>
        t.Kind == TokenKind.Quote || t.Value is "is" or "are" or "was" or "were" or "been" or "has" or "have" or "had" or "remains" or "remain"
            or "remained" or "came" or "comes" or "fell" or "falls" or "fallen" or "fully" or "largely" or "completely" or "entirely"
            or "totally" or "firmly" or "effectively" or "partly" or "partially" or "still" or "now" or "already" or "again" or "back";

    /// <summary>
    /// A place named before token <paramref name="i"/> and a party after the preposition at <paramref name="preposition"/>
    /// ("of", "to"): "Mosul remains under the control of Islamic State", "Kabul fell to the Taliban".
    /// </summary>
    private void PlaceThenParty(int i, int preposition, Sentence sentence, ControlStatus status)
    {
        if (!(doc.IsWord(preposition, "of") || doc.IsWord(preposition, "to")))
        {
            return;
        }

        var first = i;
        while (first > sentence.FirstToken && (doc.Tokens[first - 1].Value is "the" or "under" or "in" or "into" || IsDegreeOfControl(doc.Tokens[first - 1].Value)
            || LinksPlaceToControl(doc.Tokens[first - 1])))
        {
            first--;
        }

        var place = places.Before(first, sentence.FirstToken);
        // "Abkhazia broke away from Georgia in 1993 and has been under the control of separatist authorities": the
        // subject of the sentence, whose second verb this is.
        var subject = place is null && doc.IsWord(first - 1, "and") ? places.StartingAt(sentence.FirstToken, first) : null;
        var secondVerb = subject is not null
            && doc.TokenAt(subject.Value.End) is { Kind: TokenKind.Word, IsCapitalized: false } verb && verb.Value is not ("and" or "or" or "of");
        if (secondVerb)
        {
            place = (subject!.Value.Entity, sentence.FirstToken);
        }

        // '"Mbau is back under the control of our forces," a spokesman for the RDF said': the speaker's side.
        var ours = doc.TokenAt(preposition + 1).Value is "our" or "Our" ? FirstPersonParty(preposition + 1) : null;
        var party = ours is not null
            ? new NounPhrase(preposition + 1, doc.TokenAt(preposition + 2) is { Kind: TokenKind.Word, IsCapitalized: false } ? preposition + 3 : preposition + 2, ours, 0.6)
            : nominals.PhraseStartingAt(preposition + 1, Math.Min(sentence.EndToken, preposition + 7));
        if (place is null || party is null || party.Entity == place.Value.Entity || party.Entity.Type == EntityType.Location)
        {
            return;
        }

        // The first verb's time is not the second's.
        Add(party.Entity, place.Value.Entity, status, place.Value.First, party.End, sentence, 0.7, timeFrom: secondVerb ? doc.Tokens[first].Start : -1);

        // "in the hands of the Joint Forces and the army": each side named.
        if (SecondSide(party, place.Value.Entity, Math.Min(sentence.EndToken, party.End + 7)) is { } second)
        {
            Add(second.Entity, place.Value.Entity, status, place.Value.First, second.End, sentence, 0.6, timeFrom: secondVerb ? doc.Tokens[first].Start : -1);
        }
    }

    // The side named after "and" right after the first one, before token end: "by both Baghdad and the KRG".
    private NounPhrase? SecondSide(NounPhrase first, EntityInfo place, int end) =>
        doc.IsWord(first.End, "and") && nominals.PhraseStartingAt(first.End + 1, end) is { } second
        && second.Entity != place && second.Entity != first.Entity && second.Entity.Type != EntityType.Location
            ? second
            : null;

    private NounPhrase? FindBy(int from, int end)
    {
        for (var j = from; j < end && j - from < 4; j++)
        {
            if (!doc.IsWord(j, "by"))
            {
                continue;
            }

            var k = j + 1;
            if (k < doc.Tokens.Count && doc.QuoteOf[k] == -2)
            {
                // by "al-Qaeda-type individuals": the quoted phrase names a group.
                var q = doc.QuoteWithMark(k) is { } mark && mark.OpenToken == k ? mark : null;
                if (q is not null && q.EndToken - q.FirstToken <= 5)
                {
                    var name = doc.Text[q.ContentStart..q.ContentEnd];
                    return new NounPhrase(k, q.CloseToken >= 0 ? q.CloseToken + 1 : q.EndToken, NewGroup(name), 0.6);
                }
            }

            // "administered by neighboring Guyana", "run by the Tuareg-led Coordination of Azawad Movements"
            if (doc.IsWord(k, "the") && NominalResolver.IsLedOrBacked(doc.TokenAt(k + 1).Value) && doc.TokenAt(k + 2).IsCapitalized)
            {
                k += 2;
            }

            while (k < end && doc.Tokens[k].Value is "neighboring" or "neighbouring" or "nearby" or "rival" or "neighbour" or "neighbor")
            {
                k++;
            }

            var np = nominals.PhraseStartingAt(k, end);

            // "controlled by forces from the neighbouring Amhara region": that region's forces, as "Amhara forces" are.
            if (np is { Entity.Type: EntityType.Group } && np.End - np.First == 1 && doc.IsWord(np.End, "from")
                && doc.Tokens[np.First].Value is "forces" or "troops" or "fighters" or "militias" or "soldiers")
            {
                var p = np.End + 1;
                while (p < end && p - np.End < 4 && doc.Tokens[p] is { Kind: TokenKind.Word, IsCapitalized: false })
                {
                    p++;
                }

                if (doc.MentionAt[p] is { Entity.Type: EntityType.GeopoliticalEntity } origin && origin.FirstToken == p)
                {
                    return new NounPhrase(k, origin.EndToken, origin.Entity, np.Confidence);
                }
            }

            return np;
        }

        return null;
    }

    // "Mosul, which they took in June": the verb's object is "which", right before its subject, and nothing follows
    // the verb that could be an object of its own.
    private bool TakesRelativeObject(int verb)
    {
        if (!(doc.TokenAt(verb + 1) is { Kind: not TokenKind.Word } or { Value: "in" or "on" or "from" or "last" or "back" or "after" or "during" or "since" }))
        {
            return false;
        }

        if (doc.IsWord(verb - 2, "which") || doc.IsWord(verb - 3, "which") && doc.TokenAt(verb - 1).Value is "had" or "have" or "has")
        {
            return true;
        }

        // "the Lachin corridor, which ethnic Armenian forces still control": a longer subject, set off by ", which".
        var k = verb - 1;
        while (k > 0 && doc.Tokens[k].Value is "has" or "have" or "had" or "still" or "now" or "also" or "already" or "effectively" or "largely")
        {
            k--;
        }

        return RelativeBeforeSubject(k + 1, doc.Sentences[doc.SentenceOf[verb]].FirstToken);
    }

    private bool ClaimsToHold(int claim) =>
        doc.Tokens[claim].Value.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && doc.IsWord(claim + 1, "to")
        && doc.TokenAt(claim + 2).Value is "control" or "hold";

    private void PartOf(int i, Sentence sentence)
    {
        if (!doc.IsWord(i + 1, "of"))
        {
            return;
        }

        if (ConsideredPart(i, sentence))
        {
            return;
        }

        // "remain part of Georgia", "are going to remain a part of Georgia", "recognised as an autonomous part of Moldova".
        var article = PartAdjectives.Contains(doc.TokenAt(i - 1).Value) && doc.TokenAt(i - 2).Value is "a" or "an" ? 2
            : doc.IsWord(i - 1, "a") || doc.IsWord(i - 1, "an") ? 1 : 0;
        // "the archipelago is now part of Mauritius", "the town is legally part of Eritrea".
        while (doc.TokenAt(i - 1 - article).Value is "now" or "still" or "already" or "legally" or "formally" or "officially" or "technically"
            or "nominally" or "also" or "administratively")
        {
            article++;
        }

        // 'Abyei remained "an integral part of ...': over the quotation mark that opens what was said.
        if (doc.TokenAt(i - 1 - article).Kind == TokenKind.Quote)
        {
            article++;
        }

        var before = doc.TokenAt(i - 1 - article).Value.ToLowerInvariant();
        var linking = before is "is" or "are" or "was" or "were" or "remain" or "remains" or "remained" or "become" or "became" or "as";
        // "part of the Republic of Somaliland", "part of the Sudanese territory": a name, or a country's land, after "the".
        var wholeAt = doc.IsWord(i + 2, "the") && doc.MentionAt[i + 3] is { FirstToken: var named } && named == i + 3 ? i + 3
            : doc.IsWord(i + 2, "the") && doc.TokenAt(i + 3).Value is "Republic" or "Kingdom" or "State" && doc.IsWord(i + 4, "of") ? i + 5
            : i + 2;
        var m = doc.MentionAt[wholeAt];
        var whole = m is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } ? m.Entity : null;
        var wholeEnd = m?.End ?? 0;
        if (whole is null && m is { Adjectival: true, Entity.Record.IsCountry: true } && doc.TokenAt(m.EndToken).Value is "territory" or "land" or "soil")
        {
            whole = m.Entity;
            wholeEnd = doc.Tokens[m.EndToken].End;
        }

        // "India said the state would remain an integral part of the country": the country is the speaker's.
        if (whole is not null && m!.Kind == MentionKind.Nominal && ClaimAt(i) is { } said
            && (said.Speaker.Record is { IsCountry: true } ? said.Speaker : said.Speaker.Country) is { } speakersCountry)
        {
            whole = speakersCountry;
        }

        // "Azerbaijan retook Nagorno-Karabakh, a region internationally recognised as part of its territory": the
        // country the sentence opens with.
        if (whole is null && before == "as" && doc.IsWord(i + 2, "its") && doc.TokenAt(i + 3).Value is "territory" or "land" or "soil"
            && FirstPlace(sentence, i) is { Entity: { Type: EntityType.GeopoliticalEntity } owner })
        {
            whole = owner;
            wholeEnd = doc.Tokens[i + 3].End;
        }

        if (!linking || whole is null)
        {
            return;
        }

        // Over modal verbs before the link: "will remain", "are going to remain".
        var partsEnd = before == "as" ? i - 1 - article : i - 2 - article;
        // "is and will remain part of Serbia" too.
        while (partsEnd > sentence.FirstToken && doc.Tokens[partsEnd].Value is "will" or "would" or "must" or "should" or "to" or "going"
            or "are" or "is" or "still" or "always" or "forever" or "continue" or "and" || doc.Tokens[partsEnd].Kind == TokenKind.Quote)
        {
            partsEnd--;
        }

        // "the Sool region is part of": the name before its kind.
        if (doc.Tokens[partsEnd] is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value) && doc.MentionAt[partsEnd - 1] is not null)
        {
            partsEnd--;
        }

        var parts = places.ListBefore(partsEnd, sentence.FirstToken);
        if (parts.Count == 0 && before == "as" && FirstPlace(sentence, i) is { } subject)
        {
            // "Northern Cyprus is controlled de facto by ..., but internationally recognised as part of Cyprus"
            parts.Add(subject);
        }

        foreach (var (entity, first) in parts)
        {
            if (entity != whole)
            {
                Add(whole, entity, ControlStatus.PartOf, doc.Tokens[first].Start, wholeEnd, sentence, 0.8, useOffsets: true);
            }
        }
    }

    // "China has indisputable sovereignty over Huangyan Island", "The UK has no doubt about its sovereignty over the
    // Falkland Islands", "Argentina reaffirms its legitimate and imprescriptible sovereignty rights over the Malvinas":
    // the one who has or asserts the sovereignty claims the places.
    private void SovereigntyOver(int i, Sentence sentence)
    {
        var before = i - 1;
        while (before > sentence.FirstToken && before > i - 6 && doc.Tokens[before] is { Kind: TokenKind.Word, IsCapitalized: false } word
            && (word.Value == "and" || !doc.Lexicon.Stopwords.Contains(word.Value) && !HavingVerbs.Contains(word.Value) && !ClaimingVerbs.Contains(word.Value)))
        {
            before--;
        }

        // "recognised Moroccan sovereignty over Western Sahara": the country the adjective names.
        if (doc.MentionAt[i - 1] is { Adjectival: true, Entity.Record.IsCountry: true } country && country.EndToken == i)
        {
            if (places.After(SkipExtent(i + 2, sentence), sentence.EndToken, 3) is { } ruled && ruled.Entity != country.Entity)
            {
                AddListed(country.Entity, ruled, ControlStatus.Claims, country.FirstToken, sentence);
            }

            return;
        }

        (EntityInfo Party, int Start)? party = doc.Tokens[before].Value is "its" or "their"
            ? nominals.ResolvePronoun(doc.Tokens[before].Value, before) is { } owner ? (owner, before) : null
            : HavingVerbs.Contains(doc.Tokens[before].Value) && nominals.SubjectBefore(before, sentence.FirstToken) is { } subject
                ? (FirstPersonParty(subject.First) ?? subject.Entity, subject.First)
                : Claimant(before, sentence);
        var over = doc.IsWord(i + 1, "rights") ? i + 3 : i + 2;
        if (party is not var (claimant, start) || claimant.Type is EntityType.Location or EntityType.Person
            || places.After(SkipExtent(over, sentence), sentence.EndToken, 3) is not { } place || place.Entity == claimant)
        {
            return;
        }

        AddListed(claimant, place, ControlStatus.Claims, start, sentence);
    }

    // "exercises effective control", 'exercises "full control"': control, over how much, right after the verb.
    private bool ExercisedControlAt(int k)
    {
        while (doc.TokenAt(k).Kind == TokenKind.Quote || doc.TokenAt(k).Value is "effective" or "full" or "complete" or "total" or "military"
            or "administrative" or "real")
        {
            k++;
        }

        return doc.IsWord(k, "control");
    }

    // Verbs of having sovereignty: "has", "holds", "exercises".
    private static readonly HashSet<string> HavingVerbs = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "holds", "hold", "held", "exercises", "exercise", "exercised", "enjoys", "enjoy", "retains", "retain",
    };

    // "Hiiraan and neighbouring Middle Shabelle make up Hirshabelle": the places listed before the verb are parts of
    // the one named after it.
    private void MakeUp(int i, Sentence sentence)
    {
        var at = doc.IsWord(i + 2, "the") ? i + 3 : i + 2;
        if (doc.MentionAt[at] is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } whole
            || whole.FirstToken != at)
        {
            return;
        }

        foreach (var (part, first) in places.ListBefore(i - 1, sentence.FirstToken).Where(p => p.Entity != whole.Entity))
        {
            Add(whole.Entity, part, ControlStatus.PartOf, doc.Tokens[first].Start, whole.End, sentence, 0.65, useOffsets: true);
        }
    }

    // "both districts", "both cities": two places of a kind named before.
    private bool BothPlacesAt(int k) => doc.IsWord(k, "both") && NameFinder.IsPluralPlaceKind(doc.TokenAt(k + 1).Value);

    // What a part of a country may be called between "a" and "part": "an integral part", "an autonomous part".
    private static readonly HashSet<string> PartAdjectives = new(StringComparer.Ordinal)
    {
        "integral", "autonomous", "inseparable", "inalienable", "indivisible", "constituent", "historic", "legitimate",
    };

    // "Panjshir, one of Afghanistan's 34 provinces", "Hirshabelle, one of Somalia's five federal member states": the
    // place set off before the apposition is part of the country.
    private void OneOfTheCountrysPlaces(int i, Sentence sentence)
    {
        if (!doc.IsWord(i + 1, "of") || doc.MentionAt[i + 2] is not { Adjectival: false, Entity.Record.IsCountry: true } country
            || doc.TokenAt(country.EndToken).Value is not ("'s" or "\u2019s") || !doc.IsWord(i - 1, ",")
            || doc.MentionAt[i - 2] is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } place
            || place.EndToken != i - 1 || place.Entity == country.Entity)
        {
            return;
        }

        // Over the count and the words before the kind: "34", "five federal member".
        var k = country.EndToken + 1;
        while (k < sentence.EndToken && k < country.EndToken + 5 && doc.Tokens[k] is { IsCapitalized: false } word
            && (word.Kind == TokenKind.Number || word.Kind == TokenKind.Word && !NameFinder.IsPluralPlaceKind(word.Value)))
        {
            k++;
        }

        if (k < sentence.EndToken && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } kinds && NameFinder.IsPluralPlaceKind(kinds.Value))
        {
            Add(country.Entity, place.Entity, ControlStatus.PartOf, doc.Tokens[place.FirstToken].Start, doc.Tokens[k].End, sentence, 0.7,
                useOffsets: true, timed: false);
        }
    }

    // "Abyei belongs to South Sudan", "Kurram was merged into Khyber Pakhtunkhwa": the place before the verb is part of
    // the one named right after it (a claim when its side says so).
    private void BelongsTo(int i, Sentence sentence)
    {
        var subjectEnd = doc.TokenAt(i - 1).Kind == TokenKind.Quote ? i - 1 : i;
        while (subjectEnd > sentence.FirstToken && doc.TokenAt(subjectEnd - 1).Value is "was" or "were" or "been" or "has" or "had" or "still" or "formally")
        {
            subjectEnd--;
        }

        if (doc.MentionAt[i + 2] is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } m || m.FirstToken != i + 2
            || places.Before(subjectEnd, sentence.FirstToken) is not { } part || part.Entity == m.Entity)
        {
            return;
        }

        Add(m.Entity, part.Entity, ControlStatus.PartOf, doc.Tokens[Math.Max(part.First, sentence.FirstToken)].Start, m.End, sentence, 0.7, useOffsets: true);
    }

    // The one place the sentence names before token before, other than the party; none when it names several.
    private EntityInfo? OnlyPlaceBefore(Sentence sentence, int before, EntityInfo party)
    {
        var named = Enumerable.Range(sentence.FirstToken, Math.Max(0, before - sentence.FirstToken))
            .Select(j => doc.MentionAt[j])
            .Where(m => m is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } && m.Entity != party)
            .Select(m => m!.Entity).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // The place that opens the sentence, the subject of its clauses.
    private (EntityInfo Entity, int First)? FirstPlace(Sentence sentence, int before)
    {
        for (var j = sentence.FirstToken; j < before && j - sentence.FirstToken < 4; j++)
        {
            if (doc.MentionAt[j] is { Adjectival: false } m && m.FirstToken == j)
            {
                return m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location ? (m.Entity, j) : null;
            }
        }

        return null;
    }

    /// <summary>"The Golan Heights ... is recognised by most countries as Syrian territory": part of that country.</summary>
    /// <summary>
    /// "South Ossetia is Georgian land", "The Essequibo is Guyanese territory": a claim of the country the adjective
    /// names over the place that is the subject.
    /// </summary>
    private void CountrysLand(int i, Sentence sentence)
    {
        if (doc.MentionAt[i - 1] is not { Adjectival: true } country || country.EndToken != i || country.Entity.Record?.IsCountry != true)
        {
            return;
        }

        var copula = country.FirstToken - 1;
        while (copula > sentence.FirstToken && doc.Tokens[copula].Value is "still" or "always" or "historically" or "rightfully" or "legally")
        {
            copula--;
        }

        // 'Goma "remains Congolese territory under occupation"': the place before the quotation mark.
        var subjectEnd = doc.TokenAt(copula - 1).Kind == TokenKind.Quote ? copula - 1 : copula;
        if (doc.TokenAt(copula).Value is not ("is" or "are" or "was" or "remains" or "remain")
            || places.Before(subjectEnd, sentence.FirstToken) is not { } place || place.Entity == country.Entity)
        {
            return;
        }

        Add(country.Entity, place.Entity, ControlStatus.Claims, doc.Tokens[Math.Max(place.First, sentence.FirstToken)].Start, doc.Tokens[i].End,
            sentence, 0.6, useOffsets: true);
    }

    private void RecognisedTerritory(int i, Sentence sentence)
    {
        if (doc.MentionAt[i - 1] is not { Adjectival: true } country || country.Entity.Record?.IsCountry != true || !doc.IsWord(country.FirstToken - 1, "as"))
        {
            return;
        }

        var recognised = false;
        for (var j = country.FirstToken - 2; j >= sentence.FirstToken && j > country.FirstToken - 8; j--)
        {
            recognised |= doc.Tokens[j].Value.StartsWith("recogni", StringComparison.OrdinalIgnoreCase)
                || EntityBuilder.ConsideringVerbs.Contains(doc.Tokens[j].Value);
        }

        if (recognised && FirstPlace(sentence, country.FirstToken) is { } place && place.Entity != country.Entity)
        {
            // Its evidence spans the clauses between the place and the recognition, whose times are not this fact's.
            Add(country.Entity, place.Entity, ControlStatus.PartOf, doc.Tokens[place.First].Start, doc.Tokens[i].End, sentence, 0.7, useOffsets: true, timed: false);
        }
    }

    /// <summary>
    /// "China considers Taiwan a breakaway province": the subject claims the place; "Belgrade considers the territory a
    /// province of Serbia" is Serbia's claim when the subject is Serbia, and others' view that it is part of the country
    /// named otherwise.
    /// </summary>
    private void ConsideredProvince(int i, Sentence sentence)
    {
        var article = i - 1;
        while (article > sentence.FirstToken && i - article <= 3 && doc.Tokens[article] is { Kind: TokenKind.Word, IsCapitalized: false } modifier
            && modifier.Value is not ("a" or "an"))
        {
            article--;
        }

        // "regards Taiwan as a renegade province".
        var placeEnd = doc.IsWord(article - 1, "as") ? article - 1 : article;
        if (!doc.IsWord(article, "a") && !doc.IsWord(article, "an")
            || doc.MentionAt[placeEnd - 1] is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } considered
            || considered.EndToken != placeEnd)
        {
            return;
        }

        // "views self-ruled Taiwan as": over a modifier of the place.
        var verb = considered.FirstToken - 1;
        if (doc.TokenAt(verb) is { Kind: TokenKind.Word, IsCapitalized: false } placeModifier && !EntityBuilder.ConsideringVerbs.Contains(placeModifier.Value)
            && (placeModifier.Value.Contains('-', StringComparison.Ordinal) || placeModifier.Value.EndsWith("ed", StringComparison.Ordinal)))
        {
            verb--;
        }

        if (!EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(verb).Value ?? ""))
        {
            return;
        }

        var subject = nominals.SubjectBefore(verb, sentence.FirstToken);
        var whole = doc.IsWord(i + 1, "of") && doc.MentionAt[i + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } named
            && named.FirstToken == i + 2 ? named : null;
        if (whole is not null && whole.Entity != subject?.Entity && whole.Entity != considered.Entity)
        {
            Add(whole.Entity, considered.Entity, ControlStatus.PartOf, doc.Tokens[considered.FirstToken].Start, whole.End, sentence, 0.65, useOffsets: true);
        }
        else if (subject is not null && subject.Entity != considered.Entity && subject.Entity.Type != EntityType.Location)
        {
            Add(subject.Entity, considered.Entity, ControlStatus.Claims, subject.First, whole?.EndToken ?? i + 1, sentence, 0.6);
        }
    }

    // The token before a place's name and its article ("considers the Shebaa Farms").
    private int VerbBeforePlace(MentionInfo place) => doc.IsWord(place.FirstToken - 1, "the") ? place.FirstToken - 2 : place.FirstToken - 1;

    /// <summary>
    /// "Serbia considers Kosovo part of its territory", "Kosovo, which Serbia considers part of its territory": a claim
    /// by the one who considers; true when the phrasing is this one.
    /// </summary>
    private bool ConsideredPart(int i, Sentence sentence)
    {
        var k = doc.IsWord(i - 1, "as") ? i - 2 : i - 1;

        // "Georgia considers both regions part of its territory": the last two places named before.
        var bothVerb = doc.IsWord(k - 2, "the") ? k - 3 : k - 2;
        if (doc.TokenAt(k - 1).Value is "both" or "two" && NameFinder.IsPlaceKind(doc.TokenAt(k).Value.TrimEnd('s'))
            && EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(bothVerb).Value))
        {
            // "Tbilisi and most of the world consider both regions part of Georgia": a statement of sovereignty.
            var holderPhrase = nominals.SubjectBefore(bothVerb, sentence.FirstToken);
            if (doc.MentionAt[i + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } whole
                && whole.FirstToken == i + 2 && whole.Entity != holderPhrase?.Entity)
            {
                var regions = PlacesNamedBefore(holderPhrase?.First ?? sentence.FirstToken, whole.Entity, 2, countries: false);
                foreach (var each in regions.Count == 2 ? regions : [])
                {
                    Add(whole.Entity, each, ControlStatus.PartOf, doc.Tokens[k].Start, whole.End, sentence, 0.65, useOffsets: true);
                }
            }
            else if (holderPhrase is { } holder && holder.Entity.Type != EntityType.Location)
            {
                var both = PlacesNamedBefore(holder.First, holder.Entity, 2, countries: false);
                foreach (var each in both.Count == 2 ? both : [])
                {
                    Add(holder.Entity, each, ControlStatus.Claims, holder.First, i + 2, sentence, 0.55);
                }
            }

            return true;
        }

        // "Taiwan is self-governed, but Beijing claims it as part of China": "it" is the place named before the
        // claimant.
        if (doc.TokenAt(k).Value is "it" && (EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(k - 1).Value) || doc.TokenAt(k - 1).Value is "claims" or "claimed" or "claim"))
        {
            var claimant = nominals.SubjectBefore(k - 1, sentence.FirstToken);
            // "Few states recognise the region's independence, and most of the world considers it part of Georgia":
            // others' view of whose the place named before in the sentence is.
            if (EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(k - 1).Value)
                && doc.MentionAt[i + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } whole && whole.FirstToken == i + 2
                && whole.Entity != claimant?.Entity
                && PlacesNamedBefore(claimant?.First ?? k - 1, whole.Entity, 1, countries: false, from: sentence.FirstToken) is [var part] && part != claimant?.Entity)
            {
                Add(whole.Entity, part, ControlStatus.PartOf, doc.Tokens[k].Start, whole.End, sentence, 0.65, useOffsets: true);
            }
            else if (claimant is not null && claimant.Entity.Type != EntityType.Location
                && PlacesNamedBefore(claimant.First, claimant.Entity, 1, countries: true) is [var referent])
            {
                Add(claimant.Entity, referent, ControlStatus.Claims, claimant.First, i + 2, sentence, 0.6);
            }

            return true;
        }

        // "Lebanon considers the Shebaa Farms, which Israel has occupied since 1967, part of its territory": the place
        // before the relative clause.
        var consideredAt = doc.IsWord(k, ",") && places.Before(k + 1, sentence.FirstToken) is { First: >= 0 } before ? before.First : k;
        if (doc.MentionAt[consideredAt] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } considered
            && EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(VerbBeforePlace(considered)).Value ?? ""))
        {
            var verb = VerbBeforePlace(considered);
            var subject = nominals.SubjectBefore(verb, sentence.FirstToken);
            if (doc.MentionAt[i + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } whole
                && whole.FirstToken == i + 2 && whole.Entity != considered.Entity && whole.Entity != subject?.Entity)
            {
                // "Most countries regard Crimea as part of Ukraine": a statement of sovereignty by others.
                Add(whole.Entity, considered.Entity, ControlStatus.PartOf, doc.Tokens[considered.FirstToken].Start, whole.End, sentence, 0.7, useOffsets: true);
            }
            else if (subject is not null && subject.Entity != considered.Entity)
            {
                Add(subject.Entity, considered.Entity, ControlStatus.Claims, subject.First, i + 2, sentence, 0.6);
            }

            return true;
        }

        if (!EntityBuilder.ConsideringVerbs.Contains(doc.TokenAt(k).Value ?? ""))
        {
            return false;
        }

        // "Kosovo, which it considers part of its territory": the place before the relative clause.
        var relative = k - 1;
        while (relative > sentence.FirstToken && doc.Tokens[relative].Kind == TokenKind.Word && doc.Tokens[relative].Value is not ("which" or "that") && k - relative < 4)
        {
            relative--;
        }

        var place = doc.Tokens[relative].Value is "which" or "that" ? places.Before(relative + 1, sentence.FirstToken) : null;

        // "Abkhazia and South Ossetia, which the international community considers part of Georgia": others' view of
        // whose the places are; "the two regions, which ...": the two named before.
        if (doc.MentionAt[i + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } sovereign
            && sovereign.FirstToken == i + 2 && doc.Tokens[relative].Value is "which" or "that" && doc.TokenAt(relative - 1).Value == ","
            && !NominalResolver.IsPronoun(doc.Tokens[relative + 1].Value)
            && nominals.PhraseStartingAt(relative + 1, k)?.Entity is not { Type: EntityType.GeopoliticalEntity } && sovereign.Entity != place?.Entity)
        {
            var parts = doc.TokenAt(relative - 2).Value is "regions" or "territories" or "provinces" or "islands"
                && doc.TokenAt(relative - 3).Value is "two" or "both"
                    ? PlacesNamedBefore(relative - 3, sovereign.Entity, 2, countries: false)
                    : place is { } one ? [.. PlaceJoinedBefore(one.First) is { } joined ? new[] { joined } : [], one.Entity] : [];
            foreach (var each in parts.Where(p => p != sovereign.Entity))
            {
                Add(sovereign.Entity, each, ControlStatus.PartOf, doc.Tokens[relative + 1].Start, sovereign.End, sentence, 0.65, useOffsets: true);
            }

            return true;
        }

        var party = place is null ? null : NominalResolver.IsPronoun(doc.Tokens[relative + 1].Value)
            ? ClauseSubject(sentence, place.Value.First, place.Value.Entity) // "which it considers": the sentence's subject
            : nominals.PhraseStartingAt(relative + 1, k)?.Entity;
        if (place is not null && party is not null && party != place.Value.Entity && party.Type != EntityType.Location)
        {
            Add(party, place.Value.Entity, ControlStatus.Claims, place.Value.First, i + 2, sentence, 0.6);
        }

        return true;
    }

    // "Abkhazia and South Ossetia": the place joined by "and" before the one at token first.
    private EntityInfo? PlaceJoinedBefore(int first) =>
        doc.IsWord(first - 1, "and") && doc.MentionAt[first - 2] is
            { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } joined
            ? joined.Entity
            : null;

    // "Both countries claim", "the two nations control": the last two countries named before, by name or demonym.
    private List<EntityInfo>? BothCountriesBefore(int verb, Sentence sentence)
    {
        var k = verb - 1;
        while (k > sentence.FirstToken && doc.Tokens[k].Value is "still" or "also" or "now" or "each" or "both")
        {
            k--;
        }

        if (k <= sentence.FirstToken - 1 || doc.Tokens[k].Value is not ("countries" or "nations" or "states" or "sides")
            || !(doc.TokenAt(k - 1).Is("both") || doc.TokenAt(k - 1).Is("two") && doc.TokenAt(k - 2).Is("the")))
        {
            return null;
        }

        var found = new List<EntityInfo>();
        for (var j = k - 2; j >= 0 && k - j < 150 && found.Count < 2; j--)
        {
            if (doc.MentionAt[j] is { Entity: { Type: EntityType.GeopoliticalEntity, Record.IsCountry: true } country } && !found.Contains(country))
            {
                found.Add(country);
            }
        }

        return found;
    }

    // Up to count distinct places named last before a token (and from token from on), other than the given entity (the
    // claimant or the party): what "it" in "claims it" or "overran it" and "both regions" stand for.
    private List<EntityInfo> PlacesNamedBefore(int before, EntityInfo? other, int count, bool countries, int from = 0)
    {
        var found = new List<EntityInfo>();
        for (var j = before - 1; j >= from && before - j < 80 && found.Count < count; j--)
        {
            if (doc.MentionAt[j] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } m
                && m.Entity != other && (countries || m.Entity.Record?.IsCountry != true) && !found.Contains(m.Entity))
            {
                found.Add(m.Entity);
            }
        }

        return found;
    }

    // What "them" stands for before token before (from token from on): the places of the list named last ("the Shebaa
    // Farms and the Kfarshouba hills"), else the place named last if its name is plural ("the Kuril Islands").
    private List<EntityInfo> PlacesReferredToAsThem(int before, int from, EntityInfo? party)
    {
        for (var j = before - 1; j >= from; j--)
        {
            if (doc.MentionAt[j] is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } last
                || last.Entity == party || last.Entity.Record?.IsCountry == true)
            {
                continue;
            }

            // The item before "and" (over "the" and a kind word: "and the Kfarshouba hills").
            var and = doc.IsWord(last.PhraseFirstToken - 1, "and") ? last.PhraseFirstToken - 1
                : doc.IsWord(last.FirstToken - 1, "and") ? last.FirstToken - 1
                : doc.IsWord(last.FirstToken - 2, "and") && doc.IsWord(last.FirstToken - 1, "the") ? last.FirstToken - 2 : -1;
            var firstItem = and < 0 ? null : doc.MentionAt[and - 1] is { } m ? m
                : doc.TokenAt(and - 1) is { Kind: TokenKind.Word, IsCapitalized: false } ? doc.MentionAt[and - 2] : null;
            // Two places, not the end of a longer list ("the frontiers of Lebanon, Syria and the Golan Heights").
            if (firstItem is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } && firstItem.Entity != last.Entity
                && firstItem.Entity != party && firstItem.Entity.Record?.IsCountry != true && doc.TokenAt(firstItem.PhraseFirstToken - 1).Value != ",")
            {
                return [firstItem.Entity, last.Entity];
            }

            var lastWord = last.Entity.Name.Split(' ')[^1];
            return and < 0 && last.Entity.Name.Contains(' ', StringComparison.Ordinal) && lastWord.Length > 3 && lastWord.EndsWith('s')
                && !lastWord.EndsWith("ss", StringComparison.Ordinal)
                    ? [last.Entity]
                    : [];
        }

        return [];
    }

    // The first actor the sentence names before a token, other than the place itself.
    private EntityInfo? ClauseSubject(Sentence sentence, int before, EntityInfo place)
    {
        for (var j = sentence.FirstToken; j < before; j++)
        {
            if (doc.MentionAt[j] is { Adjectival: false } m && m.Entity != place && m.Entity.Type is not EntityType.Location)
            {
                return m.Entity;
            }
        }

        return null;
    }

    private void DeFacto(int i, Sentence sentence)
    {
        if (!doc.IsWord(i - 1, "de"))
        {
            return;
        }

        // "Northern Cyprus is controlled de facto by Turkish Cypriots", "is de facto controlled by": the passive.
        var participle = doc.IsWord(i + 1, "by") ? i - 2 : doc.IsWord(i + 2, "by") ? i + 1 : -1;
        if (participle >= 0 && doc.TokenAt(participle).Value.ToLowerInvariant() is "controlled" or "held" or "run" or "governed" or "ruled" or "administered")
        {
            var heldPlace = places.Before(Math.Min(participle, i - 1), sentence.FirstToken);
            if (heldPlace is not null && FindBy(Math.Max(participle, i) + 1, sentence.EndToken) is { } by && by.Entity != heldPlace.Value.Entity
                && by.Entity.Type != EntityType.Location)
            {
                Add(by.Entity, heldPlace.Value.Entity, ControlStatus.DeFacto, heldPlace.Value.First, by.End, sentence, 0.7);
            }

            return;
        }

        if (DeFactoHolder(i, sentence))
        {
            return;
        }

        var verb = i - 2;
        var np = nominals.SubjectBefore(verb, sentence.FirstToken);
        if (np is null)
        {
            return;
        }

        var party = np.Entity;
        if (party.Type == EntityType.Group && party.Country is not null)
        {
            // "its Armenian population": the group of that nationality named earlier.
            party = doc.Entities.Where(e => e != party && e.Type == EntityType.Group && e.Country == party.Country)
                .OrderByDescending(e => e.Participates).FirstOrDefault() ?? party;
        }

        var place = places.PossessorBefore(np.First, sentence.FirstToken);
        if (place is null)
        {
            return;
        }

        Add(party, place, ControlStatus.DeFacto, doc.Tokens[np.First].Start, sentence.End, sentence, 0.6, useOffsets: true);
    }

    /// <summary>
    /// "Separatists have held de facto control of Transnistria", "The Taliban are the de facto rulers of Afghanistan",
    /// "The Houthis, the de facto authorities in northern Yemen,": who holds the place after "control" or after the
    /// rulers' noun. True when the words after "de facto" are read here.
    /// </summary>
    private bool DeFactoHolder(int i, Sentence sentence)
    {
        var noun = doc.TokenAt(i + 1).Value;
        if (noun == "control" && doc.TokenAt(i + 2).Value is "of" or "over")
        {
            // "de facto control over large parts of the countryside in the North-West and South-West regions": past
            // how much of the place is meant, then every place of a list.
            var skip = SkipExtent(i + 3, sentence);
            if (places.After(skip, sentence.EndToken, 4) is { } controlled
                && nominals.SubjectBefore(i - 2, sentence.FirstToken) is { } holder && holder.Entity != controlled.Entity
                && holder.Entity.Type != EntityType.Location)
            {
                AddListed(holder.Entity, controlled, ControlStatus.DeFacto, holder.First, sentence);
            }

            return true;
        }

        if (noun is not ("rulers" or "ruler" or "government" or "authorities" or "authority" or "leaders" or "administration")
            || doc.TokenAt(i + 2).Value is not ("of" or "in") || !doc.IsWord(i - 2, "the") && !doc.IsWord(i - 2, "a"))
        {
            return false;
        }

        // The copula's subject ("The Taliban are the de facto rulers"), the name the description is apposed to, or
        // who runs the administration ("has run a de facto administration in Ponnagyun and Mrauk-U").
        var before = i - 3;
        var ruler = doc.TokenAt(before).Value is "is" or "are" or "was" or "were" or "been" or "remain" or "remains" or "became" or "become"
                || doc.IsWord(i - 2, "a") && RunsAdministration(doc.TokenAt(before).Value)
            ? nominals.SubjectBefore(before, sentence.FirstToken)
            : doc.TokenAt(before).Value == "," && doc.IsWord(i - 2, "the") ? nominals.NounPhraseEndingAt(before - 1, sentence.FirstToken, allowApposition: false) : null;
        if (places.After(i + 3, sentence.EndToken, 4) is { } ruled && ruler is not null && ruler.Entity != ruled.Entity
            && ruler.Entity.Type != EntityType.Location)
        {
            AddListed(ruler.Entity, ruled, ControlStatus.DeFacto, ruler.First, sentence);
        }

        return true;
    }

    private void Independence(int i, Sentence sentence)
    {
        // "Sudan became free from its British colonizers", "gained independence from Britain", "seceded from Sudan"
        if (!doc.IsWord(i + 1, "from"))
        {
            return;
        }

        EntityInfo? former = null;
        var end = i + 2;
        for (var j = i + 2; j < sentence.EndToken && j - i < 6; j++)
        {
            if (doc.MentionAt[j] is { } m && m.Entity.Type == EntityType.GeopoliticalEntity)
            {
                former = m.Entity;
                end = j + 1;
                break;
            }
        }

        // The verb whose subject left: "broke away", "gained independence" (one declared is only claimed); "Transnistria,
        // a sliver of land between the river and the border, broke away": the place before the apposition.
        if (doc.IsWord(i, "independence") && doc.TokenAt(i - 1).Value is "declared" or "declares" or "proclaimed" or "proclaims")
        {
            return;
        }

        var verb = doc.IsWord(i, "away") || doc.IsWord(i, "independence") && doc.TokenAt(i - 1).Value is "gained" or "won" or "achieved"
            or "gains" or "wins" ? i - 1 : i;

        // "Guyana, which has administered the region since independence from Britain": the country a relative clause
        // is about became independent, not the place before the preposition.
        var subject = doc.IsWord(i, "independence") && doc.TokenAt(i - 1).Value is "since" or "after" or "before" or "until" or "following" or "upon" or "at"
            ? RelativeClauseAntecedent(i, sentence)
            : places.Before(verb, sentence.FirstToken);
        if (subject is null && doc.TokenAt(verb - 1).Value == ","
            && nominals.SubjectBefore(verb, sentence.FirstToken) is { Entity.Type: EntityType.GeopoliticalEntity } apposed)
        {
            subject = (apposed.Entity, apposed.First);
        }

        if (former is null || subject is null || subject.Value.Entity == former)
        {
            return;
        }

        Add(former, subject.Value.Entity, ControlStatus.Lost, subject.Value.First, end, sentence, 0.6);
    }

    // "Guyana, which has ...": the country or place named before the ", which" or ", who" that opens the clause
    // token i is in.
    private (EntityInfo Entity, int First)? RelativeClauseAntecedent(int i, Sentence sentence)
    {
        for (var k = i - 1; k > sentence.FirstToken; k--)
        {
            if (doc.Tokens[k].Value is "which" or "who" && doc.Tokens[k - 1].Value == ",")
            {
                return doc.MentionAt[k - 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity } m
                    ? (m.Entity, m.FirstToken)
                    : null;
            }
        }

        return null;
    }

    // The character offset after a relative clause set off in commas (", which ...,", ", who ...,") between the
    // offsets start and stop, or start when there is none.
    private int AfterRelativeClause(int start, int stop, Sentence sentence)
    {
        var from = start;
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken && doc.Tokens[k].Start < stop; k++)
        {
            // ", which ...," and ", held by Tuareg separatists from 2012,": a clause of its own, with its own time; so is
            // a description set off after a name ("The RSF, at war with the army since April 2023, controls").
            if (doc.Tokens[k].Start < start || doc.Tokens[k].Value != ","
                || doc.Tokens[k + 1].Value is not ("which" or "who") && !PlaceFinder.OpensParticipleClause(doc, k + 1)
                    && !(doc.MentionAt[k - 1] is { Adjectival: false } && doc.Tokens[k + 1].Value is "at" or "a" or "an" or "once" or "formerly"))
            {
                continue;
            }

            for (var close = k + 2; close < sentence.EndToken && doc.Tokens[close].Start < stop; close++)
            {
                if (doc.Tokens[close].Value == ",")
                {
                    from = doc.Tokens[close].End;
                    k = close;
                    break;
                }
            }
        }

        return from;
    }

    // Where the clause that ends at character offset stop runs on to ("took over Kabul in August 2021, ..."): the next
    // comma, semicolon or the end of the sentence, at most eight tokens on.
    // "retook Nagorno-Karabakh, a region internationally recognised as part of its territory, in a lightning offensive
    // in 2023": the offset after a description set off in commas right after the offset stop, else stop.
    private int AfterAppositive(int stop, Sentence sentence)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && doc.Tokens[k].Start < stop)
        {
            k++;
        }

        if (!doc.IsWord(k, ",") || doc.TokenAt(k + 1).Value is not ("a" or "an" or "the"))
        {
            return stop;
        }

        var limit = Math.Min(sentence.EndToken, k + 16);
        var close = doc.NextComma(k + 2, limit);
        return close < limit ? doc.Tokens[close].End : stop;
    }

    private int ClauseEnd(int stop, Sentence sentence)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && doc.Tokens[k].Start < stop)
        {
            k++;
        }

        // "since ousting forces loyal to Palestinian President Mahmoud Abbas in June 2007": a "since" clause runs longer.
        var reach = doc.IsWord(k, "since") ? 16 : 8;
        for (var n = 0; k < sentence.EndToken && n < reach; k++, n++)
        {
            // The comma of a date ("March 2, 2022") does not end the clause.
            var yearAfter = k + 1 < sentence.EndToken && doc.Tokens[k + 1].Value.Length == 4 && doc.Tokens[k + 1].Value.All(char.IsAsciiDigit);
            if (doc.Tokens[k].Value is ";" or ":" || doc.Tokens[k].Value == "," && !yearAfter || doc.Tokens[k].Kind == TokenKind.Quote)
            {
                break;
            }
        }

        return k < sentence.EndToken ? doc.Tokens[k].Start : sentence.End;
    }

    // "We have liberated Lashio," the group's spokesman said; "Our forces are in full control": inside a quote, the
    // speaker's side: the body or country that speaks, or the body a speaking person holds a role in.
    private EntityInfo? FirstPersonParty(int first)
    {
        // "Our forces", "Our armed forces".
        if (!IsFirstPersonPhrase(first) || ClaimAt(first) is not { } claim)
        {
            return null;
        }

        var speaker = claim.Speaker;
        return speaker.Type is EntityType.Organization or EntityType.GeopoliticalEntity
            ? speaker
            : roles.FirstOrDefault(r => r.Person == speaker && r.Of?.Type is EntityType.Organization or EntityType.GeopoliticalEntity)?.Of
                // "Somaliland's foreign minister said": an unnamed official of a country speaks for it.
                ?? (speaker is { Type: EntityType.Person, IsNominal: true } ? speaker.Country : null);
    }

    private bool HeadlineSaysBefore(Sentence sentence, int before)
    {
        if (sentence.Index != 0 || !new CueFinder(doc).IsHeadline(sentence))
        {
            return false;
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken && doc.Tokens[k].Start < before; k++)
        {
            if (doc.Tokens[k].Value is "says" or "say" or "said" or "claims" or "claim" or "announces" or "announce")
            {
                return true;
            }
        }

        return false;
    }

    // "Sudan's paramilitary Rapid Support Forces": the body a country's possessive opens, not the country.
    private NounPhrase? PossessedBody(NounPhrase? phrase)
    {
        if (phrase is null || doc.TokenAt(phrase.End).Value is not ("'s" or "\u2019s"))
        {
            return phrase;
        }

        for (var j = phrase.End + 1; j <= phrase.End + 3 && j < doc.Tokens.Count; j++)
        {
            if (doc.MentionAt[j] is { Adjectival: false, Entity.Type: EntityType.Organization or EntityType.Group } body && body.FirstToken == j)
            {
                return new NounPhrase(j, body.EndToken, body.Entity, body.Confidence);
            }
        }

        return phrase;
    }

    private bool IsFirstPersonPhrase(int first) =>
        doc.TokenAt(first).Value.ToLowerInvariant() is "we" or "our" or "ours" || doc.TokenAt(first - 1).Value.ToLowerInvariant() == "our"
        || doc.TokenAt(first - 1) is { Kind: TokenKind.Word, IsCapitalized: false } && doc.TokenAt(first - 2).Value.ToLowerInvariant() == "our";

    // The "we" that is the subject of the verb at token verb, over auxiliaries and adverbs ("we have now taken").
    private int? FirstPersonBefore(int verb, int sentenceFirst)
    {
        var k = verb - 1;
        while (k > sentenceFirst && doc.Tokens[k].Value is "have" or "had" or "now" or "already" or "finally" or "fully" or "also")
        {
            k--;
        }

        return k >= sentenceFirst && doc.Tokens[k].Value is "we" or "We" ? k : null;
    }

    // "internationally recognised as part of Azerbaijan": others' recognition, whoever reports it.
    private bool RecognisedAsPart(int start, int stop)
    {
        var evidence = doc.Text.AsSpan(start, stop - start);
        return evidence.Contains("recognised as", StringComparison.OrdinalIgnoreCase) || evidence.Contains("recognized as", StringComparison.OrdinalIgnoreCase);
    }

    // A body or person of the side's own country speaking of it ("the army said" of "Israeli troops"); not the side
    // speaking of itself, where what it says of "it" may be a denial ("denied that it had lost the town").
    private static bool SpeaksFor(EntityInfo speaker, EntityInfo side) =>
        speaker != side && (speaker.Country == side || side.Country is not null && speaker.Country == side.Country);

    private QuoteItem? ClaimAt(int token)
    {
        var start = doc.Tokens[token].Start;
        return quotes.Where(q => q.ContentStart <= start && start < q.ContentEnd).OrderBy(q => q.ContentEnd - q.ContentStart).FirstOrDefault();
    }

    private void Add(EntityInfo party, EntityInfo place, ControlStatus status, int first, int end, Sentence sentence, double confidence,
        bool useOffsets = false, bool timed = true, int timeFrom = -1)
    {
        party = CountryOfItsTroops(party) ?? party;
        var start = useOffsets ? first : doc.Tokens[Math.Max(first, sentence.FirstToken)].Start;
        var stop = useOffsets ? end : doc.Tokens[Math.Min(end, sentence.EndToken) - 1].End;
        if (stop <= start)
        {
            return;
        }

        var claim = quotes.Where(q => q.ContentStart <= start && start < q.ContentEnd)
            .OrderBy(q => q.ContentEnd - q.ContentStart).FirstOrDefault();
        // "A military source confirmed that troops had pulled out of the city": no one claims to hold it. A side that
        // reports its own withdrawal ("Israeli troops withdrew from Khiam, the army said") admits the loss.
        var ownLoss = claim is not null && status == ControlStatus.Lost && SpeaksFor(claim.Speaker, party);
        if (claim is not null && status == ControlStatus.Lost && !ownLoss)
        {
            return;
        }

        // Witnesses or residents who report a capture have no side in it: what they saw is the narrator's fact.
        if (claim is not null && status != ControlStatus.PartOf && !ownLoss && !IsOnlooker(claim.Speaker))
        {
            status = ControlStatus.Claims;
        }

        // '"Kosovo is and will remain part of Serbia," Serbia's president said': sovereignty asserted by the state
        // itself, or by one who speaks for it, is its claim.
        if (claim is not null && status == ControlStatus.PartOf && (claim.Speaker == party || claim.Speaker.Country == party) && !RecognisedAsPart(start, stop))
        {
            status = ControlStatus.Claims;
        }

        // "Russia says it has captured Avdiivka": a headline reports the claim with no quotation of its own.
        if (claim is null && status is ControlStatus.Captured or ControlStatus.Recaptured or ControlStatus.Controls && HeadlineSaysBefore(sentence, start))
        {
            status = ControlStatus.Claims;
        }

        if (items.Any(x => x.Party == party && x.Place == place && x.Status == status))
        {
            return;
        }

        // "The alliance, which launched its offensive in late October, now controls": a time inside the subject's
        // relative clause is that clause's.
        var searchFrom = timeFrom >= 0 ? Math.Min(timeFrom, stop) : AfterRelativeClause(start, stop, sentence);
        var afterEvidence = AfterAppositive(stop, sentence);
        var time = !timed ? null : TimeNormalizer.Find(doc.Text, searchFrom, stop) ?? TimeNormalizer.Find(doc.Text, afterEvidence, ClauseEnd(afterEvidence, sentence));
        party.Participates = true;
        place.Participates = true;
        items.Add(new ControlItem(party, place, status, start, stop, confidence)
        {
            AssertedBy = claim?.Speaker,
            TimeStart = time?.Start ?? -1,
            TimeEnd = time?.End ?? -1,
        });
    }
}
