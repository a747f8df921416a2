// Package entity finds people, countries, organizations and locations in
// normalized Persian news text and joins the mentions that refer to the same
// one.
//
// A reader of diplomatic news wants to know who met whom and which countries
// are involved. In a typical article Iran's foreign minister is
// «محمدجواد ظریف», then «ظریف», «وزیر امور خارجه کشورمان» and «وی»; [Extract]
// returns one [Entity] with all four as its [Mention]s, the Role
// «وزیر امور خارجه ایران», and separate Country entities for every
// «ایران» and «روسیه» in the text.
//
//	toks, _ := tokenize.Split(text)
//	for _, e := range entity.Extract(text, toks) {
//		fmt.Println(e.ID, e.Kind, e.Name, e.Role, len(e.Mentions))
//	}
//
// Extract uses a default [Extractor] built once from the embedded gazetteers
// (data/*.txt: countries, demonyms, locations, organizations, first names,
// known people, role titles, honorifics, ordinary words that are also
// names, and, derived from hazm by gen_common.go, frequent ordinary words
// and verb stems; words.txt holds the rules' function words and cue words,
// which no option replaces). [New] builds others: [WithGazetteer] adds a user list read by
// [LoadGazetteer], [HomeCountry] sets what «کشورمان» means, [NoPronouns]
// leaves pronouns out.
//
// # Rules
//
// The extractor scans the tokens once, left to right, and at each position
// tries these rules in order; a rule that fires consumes its tokens.
//
//   - Matching. Gazetteer phrases match the longest run of tokens whose
//     letters, without spaces and ZWNJ, spell the phrase: «رئیس‌جمهور»,
//     «رئیس جمهور» and «رئیسجمهور» are one phrase, and a name the
//     normalizer split with a ZWNJ still matches.
//   - People. A known person's full name (people.txt); a first name, more
//     first names and a surname («محمدجواد ظریف», «رجب طیب اردوغان»),
//     where a surname may be Arabic («فیصل بن فرحان», «خالد الحمادی») and
//     is not a function word, a verb form (verbs.txt stems with their
//     endings), a frequent ordinary word (common.txt), an adjective made
//     from a function word or a title («یکی», «رهبری»), a role, a plural
//     noun or a place name (a nisba such as «افضلی» is a surname); after an
//     honorific or a role, or after a first name that is itself a common
//     word, adjectives made from ordinary words («فرهنگی») are no names
//     either; an
//     honorific and a name («آقای کریمی», «آیت‌الله خامنه‌ای», a known
//     surname giving the known person); the surname of a person mentioned
//     in the last 1500 tokens («ظریف», «بهادری جهرمی»); a known person's
//     surname standing alone as a subject («اردوغان گفت»); a surname alone
//     heading a sentence or a quotation up to 120 tokens before the first
//     full mention, as headlines write it («لاوروف: ...»). A first name
//     that is also a common word («امید») needs a known surname or an
//     honorific; a surname that is also a common word («ظریف») needs a
//     first name or an earlier full mention; a first name after a plural
//     noun is its modifier («دولت‌های حامی»), and a name after a facility
//     noun is part of a place name («بیمارستان شهید بهشتی»).
//   - Evidence from the text itself. A word the text uses as an ordinary
//     word at least twice, after a determiner («این تیم», «هر گل») or with
//     a plural suffix («تیم‌ها»), and, for a known person's surname, in a
//     tenth of its occurrences or more («گل», not «مسی»), is no surname
//     after a first name, no name after an honorific or a role, and starts
//     no name («دو گل محمد صلاح»); as the surname of a person already
//     mentioned it joins only as the subject of a verb of reporting or
//     before a colon, and not after a number («۱۵ گل:»). A surname made
//     from an ordinary word («اسلامی») joins alone only as a subject, not
//     as the adjective of a noun («جمهوری اسلامی»). Possessive forms of
//     ordinary words («دوستم», «تیمشان»), compounds opened by a function
//     word («آن‌قدر») and adverbs (common.txt holds hazm's adverbs) are no
//     surnames.
//   - Compound surnames. A surname suffix written apart continues the
//     surname («موسوی نژاد», «حدادی فر», «رسول پناه» after two first names),
//     and surnames are compared with spaces and ZWNJ folded, so
//     «موسوی‌نژاد» and «موسوی نژاد» are one person; the suffix alone
//     («نژاد») is no surname. A first name repeated («فاطمه فاطمه») or two
//     first names ending in one that only ends compound first names
//     («مرتضی علی») are no full name.
//   - First names that are also words. «علی» before an Arabic word with
//     the article is the preposition («علی المتیقن») unless a verb of
//     reporting or a role follows; «امام» and «حضرت» take only listed
//     names («امام صادق», not «خط امام اشغال شد»); an honorific and a
//     first name alone name someone by first name and do not join a
//     person with that surname («امام صادق», «فرزانه صادق»).
//   - Offices of places. The word after an office named for a place
//     («فرماندار», «امام جمعه», «نماینده مردم») or a place noun
//     («شهرستان») is a place, not a person; a listed organization that
//     starts inside a role phrase («فرمانده سپاه پاسداران») is no name,
//     and neither is the word after a title that takes an organization
//     and has none («خبرنگار اسوشیتدپرس»).
//   - Roles. A role title (roles.txt) with its complements: a country or
//     «کشورمان», an organization and its country, a superior's title
//     («سخنگوی دبیرکل سازمان ملل»), a portfolio («در امور یمن») and, for
//     envoys, their post («سفیر ایران در مسکو»). Right after a name, it is
//     that person's Role (apposition: «سرگئی لاوروف وزیر امور خارجه
//     روسیه», or between commas: «لاوروف، وزیر امور خارجه روسیه، گفت»);
//     right before a name, it is the role of that name («وزیر امور خارجه
//     چین وانگ یی», «وزیر امور خارجه چین، وانگ یی، گفت»); before an
//     unknown name and a verb of reporting, the name is a person («سخنگوی
//     کاخ سفید کربی گفت»), and so is an unknown name in guillemets right
//     before a role («جالو ممادو تاندیا» وزیر دفاع موریتانی); otherwise it is a
//     role mention of the most recent person whose role it fits: same
//     title, and no country, organization or title the person's role lacks.
//     A bare title followed by words the lists do not know («رئیس کل ...»)
//     names an unknown office and refers to no one. A government role without a country («سخنگوی
//     وزارت امور خارجه») belongs to the home country. «X همتای روس خود»
//     gives X the office of the sentence's first person in Russia. A role
//     after a number or quantifier («دو رئیس‌جمهور») refers to no one.
//   - Pronouns. «وی», «او», «ایشان» as a subject (at the start of a
//     sentence or clause, or right before a verb of reporting) refer to the
//     subject (first person mentioned) of the latest sentence
//     that mentions a person, at most three sentences back; «به گفته وی» is
//     no subject and is left out. People named inside quoted speech («...»,
//     or after «گفت:» to the end of the paragraph) are no antecedents, and
//     pronouns inside quoted speech are the speaker's and left out.
//   - Places. A country variant is a mention of its canonical country;
//     in an official name the mention is the short name («ایران» in
//     «جمهوری اسلامی ایران»); an ezafe «ی» after a vowel is left out
//     («آمریکای»). Demonyms («روس», «سعودی», «ترکیه‌ای») and a country name
//     followed by a detached suffix («ترکیه ای») are not mentions. A country
//     name that is also a common word («مالی») needs a cue («کشور») or a
//     neighbouring country in a list. «کشورمان» is a pronoun mention of the
//     home country. Organizations and locations are mentions of their own,
//     and a country inside a state body's name or a role phrase is also a
//     country mention («روسیه» in «وزارت امور خارجه روسیه»), but not one
//     inside the proper name of a company or another organization
//     («شرکت ملی نفت ایران»).
//   - Ambiguous place names. «دوشنبه» (Monday), «مالی» (financial) and
//     the other listed names that are also words need a cue («شهر
//     دوشنبه», «کشور مالی») or a neighbouring country in a list; «چک» is
//     only a demonym («جمهوری چک» is the country). «فارس» is the news
//     agency after an agency cue («به گزارش فارس», «خبرنگار فارس», «به
//     نقل از فارس», «گفت‌وگو با فارس», «فارس:» heading a paragraph) and
//     the province elsewhere («در فارس»); «خلیج فارس» is the gulf.
//
// Persian has no capital letters, so a person needs evidence: a listed
// first name or person, an honorific, or a role and a verb around an unknown
// name. Text must be normalized (see package normalize) for the lists to
// match: Persian ی and ک, no diacritics or kashida.
//
// # Offsets
//
// Every Mention's Span is a half-open byte range into the text given to
// Extract, and Mention.Text == text[Start:End]. A mention covers whole
// tokens, except that a ZWNJ at its edge and an ezafe «ی» are left out.
// Entities come in the order of their first mention with IDs from 1; each
// entity's mentions are in text order. Tokens whose spans do not index the
// text (out of bounds, overlapping, or with a Text that differs from the
// text they span) are ignored (nil tokens: Extract tokenizes the text), so a bad token slice gives fewer entities,
// never a panic. Invalid UTF-8 never matches a gazetteer entry, and a
// mention cuts no token except at a ZWNJ or before an ezafe «ی», so its
// Text holds exactly the bytes of the tokens it covers.
//
// # Concurrency
//
// An [Extractor] and a [Gazetteer] are immutable once built and safe for
// concurrent use; [Extract] and [New] may be called from many goroutines.
// The embedded gazetteers are parsed once, on first use.
package entity
