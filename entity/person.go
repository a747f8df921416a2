package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// person tries the person rules at token i and returns one past the name it
// found, or i. In order:
//
//  1. a known person's full name (people.txt): «وانگ یی»;
//  2. a first name, more first names, and a surname: «محمدجواد ظریف»,
//     «رجب طیب اردوغان», «فیصل بن فرحان», «خالد الحمادی»;
//  3. an honorific and a name: «آیت‌الله خامنه‌ای»;
//  4. the surname of a person already mentioned: «ظریف»;
//  5. the surname of a known person: «اردوغان».
//
// A first name that is also a common word («امید») needs a known surname
// or an honorific before it, and a first name right after a plural noun is
// its modifier («دولت‌های حامی»); a surname that is also a common word
// («ظریف») needs a first name before it or an earlier full mention.
func (s *state) person(i int) int { return s.personAt(i, false) }

// probePerson returns one past the name the person rules would find at
// token i, or i, without recording anything.
func (s *state) probePerson(i int) int { return s.personAt(i, true) }

// personAt applies the person rules at token i; with dry it only measures.
func (s *state) personAt(i int, dry bool) int {
	if s.namesPlace(i) {
		return i
	}
	if s.first[i] == nil {
		return s.personAfterTitle(i, dry)
	}
	if end, in := s.match(i); in != nil && in.person != nil && end > i+1 {
		if !dry {
			e := s.namedPerson(i, end, in.person.full, in.person.surname)
			s.gazetteerRole(e, in.person.role)
		}
		return end
	}
	title := s.titled(i)
	if j, sj := s.fullName(i, title); j > i {
		if !dry {
			e := s.namedPerson(i, j, s.text[s.toks[i].Start:s.toks[j-1].End], s.text[s.toks[sj].Start:s.toks[j-1].End])
			if p := s.knownPerson(i, j); p != nil {
				s.gazetteerRole(e, p.role)
			}
		}
		return j
	}
	if title {
		if j := s.titledName(i); j > i {
			if !dry {
				s.titledPerson(i, j)
			}
			return j
		}
	}
	return s.personBySurname(i, dry)
}

// personAfterTitle applies the rules that need no gazetteer entry at
// token i: an honorific and a name, and the surname of a person already
// mentioned.
func (s *state) personAfterTitle(i int, dry bool) int {
	if s.titled(i) {
		if j := s.titledName(i); j > i {
			if !dry {
				s.titledPerson(i, j)
			}
			return j
		}
	}
	return s.personBySurname(i, dry)
}

// titledPerson records the name over tokens [i, j) after an honorific: a
// known person's surname («آیت‌الله خامنه‌ای») is that person, with the
// gazetteer's full name and role.
func (s *state) titledPerson(i, j int) {
	if j == i+1 {
		// A word that is also a first name names someone by first name
		// («امام صادق»), not the known person with that surname.
		if in := s.single(i); in != nil && in.surnameOf != nil && !in.first {
			p := in.surnameOf
			s.gazetteerRole(s.namedPerson(i, j, p.full, p.surname), p.role)
			return
		}
	}
	s.namedPerson(i, j, s.text[s.toks[i].Start:s.toks[j-1].End], s.word(j-1))
}

// personBySurname applies the surname rules at token i: the surname of a
// person already mentioned, and a known person's surname standing alone.
func (s *state) personBySurname(i int, dry bool) int {
	sn, ok := s.surnameAt(i, i+1)
	if ok && sn.head && i+1 < len(s.toks) && s.joined(i+1) && s.word(i+1) != "" {
		if sn2, ok := s.surnameAt(i, i+2); ok && sn2.ent >= 0 && i-s.ents[sn2.ent].lastTok <= surnameWindow && !s.followedBySuffix(i+2) {
			if !dry {
				s.mention(sn2.ent, i, i+2, Name)
				s.afterName(sn2.ent, i, i+2)
			}
			return i + 2
		}
	}
	if e := sn.ent; ok && e >= 0 && i-s.ents[e].lastTok <= surnameWindow && !s.followedBySuffix(i+1) && !s.isVerbToken(i) && (!s.ordinaryInText(i) || s.speaks(i)) && (!s.derivedAdjective(s.word(i), false) || s.standsAlone(i)) {
		if !dry {
			s.mention(e, i, i+1, Name)
			s.afterName(e, i, i+1)
		}
		return i + 1
	}
	if in := s.single(i); in != nil && in.surnameOf != nil && !in.nonName && in.country == "" && in.role == "" && !s.followedBySuffix(i+1) && s.standsAlone(i) && !s.ordinaryInText(i) && !s.afterPlaceNoun(i) {
		if !dry {
			p := in.surnameOf
			e := s.namedPerson(i, i+1, p.full, p.surname)
			s.gazetteerRole(e, p.role)
		}
		return i + 1
	}
	return i
}

// namesPlace reports whether a name at token i is part of the name of a
// street, building or institution («خیابان امام خمینی», «بیمارستان شهید
// بهشتی», «ورزشگاه آزادی»): the word before it, or before its honorific,
// is a facility noun.
func (s *state) namesPlace(i int) bool {
	if i < 1 {
		return false
	}
	if s.has(i-1, fFacility) {
		return true
	}
	// «سالن ورزشی شهید آسمانی»: a facility noun and one modifier before
	// the honorific.
	return i >= 2 && s.has(i-2, fFacility) && s.titled(i) ||
		i >= 3 && s.has(i-3, fFacility) && s.joined(i-2) && s.word(i-2) != "" && !s.w.functionWords[s.word(i-2)] && s.titled(i)
}

// titled reports whether an honorific ends right before token i: «آقای»,
// «آیت‌الله العظمی», «حجت‌الاسلام والمسلمین».
func (s *state) titled(i int) bool {
	if i < 1 {
		return false
	}
	if !s.has(i-1, fTitlePart|fTitleEnd) {
		return false
	}
	k := i - 1
	for k > 0 && s.has(k, fTitlePart) && s.joined(k+1) {
		k--
	}
	if k < 0 || k+1 >= len(s.toks) || !s.joined(k+1) {
		return false
	}
	for start := k; start >= 0 && start > k-3; start-- {
		if end, in := s.matchIf(start, isTitle); in != nil && end == k+1 {
			return true
		}
		if start < k && !s.joined(start+1) {
			break
		}
	}
	return false
}

// fullName applies the first-name rule at i and returns one past the name
// and the start of its surname, or (i, i).
func (s *state) fullName(i int, title bool) (int, int) {
	end, in := s.match(i)
	if in == nil || !in.first {
		return i, i
	}
	// A plural noun takes a modifier, not a name: «دولت‌های حامی تروریسم».
	if !title && i > 0 && s.joined(i) && isPlural(s.word(i-1)) {
		return i, i
	}
	// A first name the text itself uses as an ordinary word starts no name
	// without an honorific: «دو گل محمد صلاح» (two goals).
	if !title && s.ordinaryInText(i) {
		return i, i
	}
	j, firsts, last := end, 1, i
	// More first names: «محمد جواد», «رجب طیب», «علی اکبر».
	for j < len(s.toks) && s.joined(j) && firsts < maxFirstNames {
		e2, in2 := s.match(j)
		if in2 == nil || !in2.first || in2.nonName || e2 == j {
			break
		}
		// «فاطمه فاطمه»: a first name repeated is a refrain or a list,
		// not a name.
		if e2 == j+1 && j == last+1 && s.word(j) == s.word(last) {
			return i, i
		}
		j, firsts, last = e2, firsts+1, j
	}
	// «مهدی رسول پناه»: the last first name and a surname suffix written
	// apart are a compound surname.
	if firsts >= 2 && j == last+1 && s.surnameSuffixAt(j) {
		return j + 1, last
	}
	k := s.surname(j)
	// «علی المتیقن», «علی الخصوص»: «علی» is also the Arabic preposition
	// "on"; before an Arabic word with the article it names someone only
	// when that word is a known surname or the name is followed by a verb
	// of reporting or a role («علی الحمادی گفت»).
	if firsts == 1 && k > j && arabicPrepositionNames[s.word(i)] && strings.HasPrefix(s.word(j), "ال") && !s.knownSurname(j) && !s.w.nameEnders[s.word(k)] && !s.w.roleNouns[s.word(k)] {
		return i, i
	}
	if in.nonName && !title {
		// «امید» is a name only before a known surname or another first
		// name, and not before an ordinary word or another word that is
		// only sometimes a name: «کیان اسلامی».
		if firsts == 1 && (k == j || !s.knownSurname(j) || s.isNonName(j)) || k > j && s.ordinary(j) {
			return i, i
		}
	}
	if k == j {
		// «مراد آیدین»: the last first name is the surname, unless it is
		// one that ends compound first names («مرتضی علی», «محمد رضا»).
		if firsts >= 2 && j == last+1 && !s.w.givenOnly[s.word(last)] {
			return j, last
		}
		return i, i
	}
	return k, j
}

// surnameWindow is how far, in tokens, a surname alone still refers to the
// person last mentioned with it: about one long news article.
const surnameWindow = 1500

// isVerbToken reports whether token i is a verb form and no listed name.
func (s *state) isVerbToken(i int) bool {
	in := s.single(i)
	if in != nil && (in.first || in.surnameOf != nil || in.person != nil || in.nonName) {
		return false
	}
	return s.x.ix.isVerb(s.word(i))
}

// Bounds on the parts of one name, so that a long run of first names or
// particles costs linear time.
const (
	maxFirstNames = 4
	maxParticles  = 3
)

// surname returns one past the surname that starts at token j, or j: an
// Arabic particle with its name («بن فرحان», «آل سعود») or a name-like word,
// optionally followed by a second word when that one is a known surname.
func (s *state) surname(j int) int {
	k := j
	for k+1 < len(s.toks) && k-j < 2*maxParticles && s.joined(k) && nameParticles[s.word(k)] && s.joined(k+1) && s.nameLike(k+1) {
		k += 2
	}
	if k > j {
		// «محمد بن عبدالله العایش»: an Arabic family name with the article
		// after the patronymic.
		if k < len(s.toks) && s.joined(k) && strings.HasPrefix(s.word(k), "ال") && s.nameLike(k) && !s.isCommon(k) {
			k++
		}
		return k
	}
	if k >= len(s.toks) || !s.joined(k) || !s.nameLike(k) || !s.surnameOK(k) {
		return j
	}
	k++
	if s.surnameSuffixAt(k) {
		k++ // «موسوی نژاد», «حدادی فر»: a compound surname written apart
	}
	for n := 0; n < maxParticles && k+1 < len(s.toks) && s.joined(k) && nameParticles[s.word(k)] && s.joined(k+1) && s.nameLike(k+1); n++ {
		k += 2
	}
	if k < len(s.toks) && s.joined(k) && s.nameLike(k) && s.knownSurname(k) && (!strings.Contains(s.word(k), zwnj) || s.single(k) != nil) {
		k++
	}
	return k
}

// titledName returns one past the name after an honorific at i: one
// name-like word, and a second when it is a known surname.
func (s *state) titledName(i int) int {
	if !s.nameLike(i) || s.ordinary(i) || s.possessiveOfCommon(s.word(i)) || s.ordinaryInText(i) && !(s.mentionedSurname(i) && s.speaks(i)) {
		return i
	}
	// «امام», «حضرت» name saints and leaders by a listed name («امام
	// صادق», «امام خمینی»); an unknown word after them begins something
	// else: «خط امام اشغال شد», «امام شناسی».
	if i >= 1 && listedNameTitles[s.word(i-1)] && !s.listedName(i) {
		return i
	}
	j := i + 1
	if j < len(s.toks) && s.joined(j) && s.nameLike(j) && s.knownSurname(j) {
		j++
	}
	return j
}

// speaks reports whether the word at token i is the subject of a verb of
// reporting or heads a quotation with a colon («گل تاکید کرد», «گل:»), and
// follows no number («۱۵ گل:» counts goals): the evidence a word the text
// also uses as an ordinary word needs to be a surname alone.
func (s *state) speaks(i int) bool {
	if i > 0 && s.toks[i-1].Kind == tokenize.Number {
		return false
	}
	return s.w.speechVerbs[s.word(i+1)] || s.isPunct(i+1, ":")
}

// listedName reports whether token i is a listed first name, a listed
// person's surname, a word listed as also a name, or the surname of a
// person of the text.
func (s *state) listedName(i int) bool {
	if s.mentionedSurname(i) {
		return true
	}
	in := s.single(i)
	return in != nil && (in.first || in.surnameOf != nil || in.nonName || in.person != nil)
}

// standsAlone reports whether a known person's surname at token i is used
// as a name rather than as a word («اسلامی» in «جمهوری اسلامی»): it opens
// a sentence or clause, follows «با», or comes before a verb of reporting.
func (s *state) standsAlone(i int) bool {
	return s.subjectPosition(i) || s.word(i-1) == "با" || s.w.nameEnders[s.word(i+1)]
}

// isCommon reports whether token k is a frequent ordinary word that no
// gazetteer lists as a name.
func (s *state) isCommon(k int) bool {
	in := s.single(k)
	return in != nil && in.common && !in.first && in.surnameOf == nil && in.person == nil
}

// surnameSuffixAt reports whether token k is the second part of a
// compound surname written with a space after the first («نژاد» in
// «موسوی نژاد», «پور», «زاده», «فر»).
func (s *state) surnameSuffixAt(k int) bool {
	return k < len(s.toks) && s.joined(k) && s.w.surnameSuffixes[s.word(k)] && !s.followedBySuffix(k+1)
}

// byFirstName reports whether person e or the name full (with the given
// surname) is a bare first name after an honorific («امام رضا»), which
// does not join a person whose surname happens to be that name
// («علیرضا رضا»).
func (s *state) byFirstName(e int, full, surname string) bool {
	en := s.ents[e]
	return (full == surname || en.Name == en.surname) && s.isFirstName(surname)
}

// afterPlaceNoun reports whether token i follows a word that heads a place
// name or an office of a place («شهرستان هریس», «امام جمعه هریس»,
// «نماینده مردم اهر و هریس»): a known person's surname there is a place.
func (s *state) afterPlaceNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.word(k)
		if placeNouns[w] || s.w.locationCues[w] {
			return true
		}
		if in := s.single(k); w != "و" && (in == nil || in.location == "") {
			return false
		}
	}
	return false
}

// isFirstName reports whether w is a listed first name: after an honorific
// alone («امام رضا») it names someone by first name, not the person whose
// surname it is.
func (s *state) isFirstName(w string) bool {
	in := s.x.ix.lookup(w)
	return in != nil && in.first
}

// isNonName reports whether token k is listed as an ordinary word that is
// also a name («ظریف»).
func (s *state) isNonName(k int) bool {
	in := s.single(k)
	return in != nil && in.nonName
}

// surnameOK reports whether token k, after a first name, can be a surname:
// not a frequent ordinary word, unless it is listed as a name that is also
// a word («ظریف») or a known surname. An adjective in «ی» made from an
// ordinary word is accepted here («افضلی», «جهانی»): after a first name it
// is almost always a nisba surname.
func (s *state) surnameOK(k int) bool {
	if s.mentionedSurname(k) {
		return true
	}
	if s.ordinaryInText(k) {
		return false // «این تیم», «تیم‌ها»: not «صبا تیم»
	}
	if s.isNonName(k) || s.knownSurname(k) {
		return true
	}
	if s.isCommon(k) {
		return false
	}
	w := s.word(k)
	// «دوستم», «تیمشان»: an ordinary word with a possessive ending.
	if s.possessiveOfCommon(w) {
		return false
	}
	// Not an adjective made from a closed-class word or a title: «یکی»,
	// «رهبری».
	for _, suf := range [...]string{"یی", "ی"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && (s.w.functionWords[stem] || s.w.roleNouns[stem]) {
			return false
		}
	}
	return true
}

// derivedAdjective reports whether w is an adjective made from an ordinary
// noun with «ی» or «یی» («فرهنگی», «اقتصادی», «روستایی»), not a surname
// made from a first name or a place («حسینی», «رضایی», «شیرازی»). With
// strict, a stem that is also a first name counts as ordinary too
// («اسلامی», «رهبری»): for places where a name needs more evidence.
func (s *state) derivedAdjective(w string, strict bool) bool {
	for _, suf := range [...]string{"یی", "ی"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		in := s.x.ix.phrase(stem)
		if in != nil && in.common && (strict || !in.first) && in.location == "" && in.country == "" && in.surnameOf == nil {
			return true
		}
	}
	return false
}

// ordinary reports whether token k is an ordinary word where a name needs
// strong evidence (after a role or a title, or after a first name that is
// itself a common word): a frequent word or an adjective derived from one,
// unless a gazetteer lists it as a known person's surname or as a name that
// is also a word.
func (s *state) ordinary(k int) bool {
	in := s.single(k)
	if in != nil && (in.person != nil || in.nonName || (in.surnameOf != nil && !s.derivedAdjective(s.word(k), true))) {
		return false
	}
	w := s.word(k)
	if (in != nil && in.common) || s.derivedAdjective(w, true) {
		return true
	}
	// An ordinary word with a possessive or ordinal ending: «تیمش»,
	// «خوابش», «نهم».
	for _, suf := range [...]string{"ش", "اش", "شان", "م", "مان", "ت", "تان", "مین"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 2 && suf != "م" && suf != "مین" || stem == "" {
			continue
		}
		if s.w.functionWords[stem] {
			return true
		}
		if st := s.x.ix.phrase(stem); st != nil && st.common && !st.first {
			return true
		}
	}
	return false
}

// mentionedSurname reports whether token k is the surname of a person the
// text already mentioned.
func (s *state) mentionedSurname(k int) bool {
	sn, ok := s.surnameAt(k, k+1)
	return ok && sn.ent >= 0
}

// surnameAt looks up the words of tokens [i, j) as a surname of the
// text. Surnames are keyed by their folded form, so that «موسوی‌نژاد»,
// «موسوی نژاد» and «موسوینژاد» are one surname.
func (s *state) surnameAt(i, j int) (surnameRef, bool) {
	if len(s.surnames) == 0 {
		return surnameRef{}, false
	}
	if w := s.toks[i].Text; j == i+1 && strings.IndexByte(w, zwnj[0]) < 0 {
		// A word without ZWNJ is its own folded form. Most words are no
		// surname: the filter answers them without a map lookup.
		if h := surnameHash(w); s.surnameBits[h>>6]&(1<<(h&63)) == 0 {
			return surnameRef{}, false
		}
		sn, ok := s.surnames[w]
		return sn, ok
	}
	var arr [maxKey]byte
	buf := arr[:0]
	for t := i; t < j; t++ {
		if len(buf)+len(s.toks[t].Text) > maxKey {
			return surnameRef{}, false
		}
		buf = fold(buf, s.toks[t].Text)
	}
	sn, ok := s.surnames[string(buf)]
	return sn, ok
}

// surnameHash hashes a folded surname key for state.surnameBits: its
// length and its first and last two bytes.
func surnameHash[S string | []byte](k S) uint {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint(n) * 0x9E37
	h = (h ^ uint(k[0])) * 0x01000193
	h = (h ^ uint(k[n/2])) * 0x01000193
	h = (h ^ uint(k[n-1])) * 0x01000193
	if n >= 2 {
		h = (h ^ uint(k[n-2])) * 0x01000193
	}
	return (h ^ h>>15) % (64 * surnameFilterWords)
}

// markSurname records the folded key k in the surname filter.
func (s *state) markSurname(k []byte) {
	h := surnameHash(k)
	s.surnameBits[h>>6] |= 1 << (h & 63)
}

// surnameOf looks up the surname w (see surnameAt).
func (s *state) surnameOf(w string) (surnameRef, bool) {
	if len(w) > maxKey {
		return surnameRef{}, false
	}
	var arr [maxKey]byte
	sn, ok := s.surnames[string(fold(arr[:0], w))]
	return sn, ok
}

// possessiveOfCommon reports whether w is an ordinary word with a
// possessive ending: «دوستم», «تیمشان». The stem must be used as an
// ordinary word by the text itself, or be a frequent word of four letters
// or more, so that names such as «مریم», «رستم» or «برگمان» are not taken
// apart.
func (s *state) possessiveOfCommon(w string) bool {
	for _, suf := range [...]string{"م", "ت", "ش", "اش", "مان", "تان", "شان"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if s.ordinaryUse[stem] >= 2 {
			return true
		}
		if utf8.RuneCountInString(stem) < 4 {
			continue
		}
		if st := s.x.ix.phrase(stem); st != nil && st.common && !st.first && st.surnameOf == nil && !st.nonName {
			return true
		}
	}
	return false
}

// knownSurname reports whether token k is the surname of a known person or
// of a person already mentioned.
func (s *state) knownSurname(k int) bool {
	if sn, ok := s.surnameAt(k, k+1); ok && sn.ent >= 0 {
		return true
	}
	in := s.single(k)
	return in != nil && in.surnameOf != nil
}

// knownPerson returns the known person whose full name is tokens [i, j).
func (s *state) knownPerson(i, j int) *personEntry {
	if end, in := s.match(i); end == j && in != nil {
		return in.person
	}
	return nil
}

// nameLike reports whether token k can be part of a personal name: a word
// that is not a function word, a verb, a pronoun, a role, an honorific or
// the name of a country, place or organization.
func (s *state) nameLike(k int) bool {
	w := s.word(k)
	if w == "" || s.toks[k].Kind != tokenize.Word || s.w.functionWords[w] || s.w.roleNouns[w] || s.has(k, fTitlePart) || looksLikeVerb(w) || isPlural(w) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	if strings.HasSuffix(w, zwnj) || strings.HasPrefix(w, zwnj) {
		return false
	}
	// «آن‌قدر», «همین‌طور»: a compound opened by a function word.
	if head, _, ok := strings.Cut(w, zwnj); ok && s.w.functionWords[head] {
		return false
	}
	in := s.single(k)
	if (in == nil || (!in.first && in.surnameOf == nil && in.person == nil && !in.nonName)) && s.x.ix.isVerb(w) {
		return false
	}
	if in != nil && (in.country != "" || in.demonym != "" || in.role != "" || in.org != "" || in.location != "" || in.title) {
		return in.person != nil || in.surnameOf != nil
	}
	if end, in := s.match(k); in != nil && end > k+1 && in.person == nil && !in.first {
		return false // the start of a longer phrase: «سازمان ملل»
	}
	return true
}

// followedBySuffix reports whether token k is a detached suffix («ای»,
// «ها») written apart from the word before it.
func (s *state) followedBySuffix(k int) bool {
	return k < len(s.toks) && s.joined(k) && detachedSuffixes[s.word(k)]
}

// namedPerson records a name mention over tokens [i, j) of the person named
// full with the given surname, joining an existing entity with the same
// name, and returns the entity.
func (s *state) namedPerson(i, j int, full, surname string) int {
	full = collapseSpace(full)
	// People are keyed by their folded name: «علی‌اکبر صالحی» and «علی اکبر
	// صالحی» are one person.
	var arr [maxKey]byte
	key := fold(arr[:0], full)
	e := -1
	if x, ok := s.people[string(key)]; ok {
		e = x
	} else {
		if x, ok := s.surnameOf(surname); ok && x.ent >= 0 && s.sameFirst(x.ent, full, surname) && !s.byFirstName(x.ent, full, surname) {
			e = x.ent
		} else {
			e = s.newEntity(Person, full)
		}
		if s.people == nil {
			s.people = make(map[string]int)
		}
		s.people[string(key)] = e
	}
	en := s.ents[e]
	if n := len(key); n > en.nameLen {
		if en.nameLen > 0 && full != en.Name {
			en.Name = full
		}
		en.nameLen = n
	}
	if en.surname == "" {
		en.surname = surname
	}
	if s.surnames == nil {
		s.surnames = make(map[string]surnameRef)
	}
	s.setSurname(surname, e)
	if k := strings.LastIndexAny(surname, " \u200c"); k >= 0 {
		// «بهادری جهرمی»: the whole surname, its last word, and its first
		// word as the head of a two-word surname. The last word of a
		// compound («موسوی‌نژاد», «حدادی فر») is no surname alone, and a
		// compound written with a ZWNJ may be written apart later.
		last := strings.TrimPrefix(surname[k:], zwnj)
		last = strings.TrimPrefix(last, " ")
		if strings.Contains(surname, " ") && !s.w.surnameSuffixes[last] {
			s.setSurname(last, e)
		}
		head, _, _ := strings.Cut(firstWord(surname), zwnj)
		hk := foldString(head)
		h, ok := s.surnames[hk]
		if !ok {
			h.ent = -1
			s.markSurname([]byte(hk))
		}
		h.head = true
		s.surnames[hk] = h
	}
	s.mention(e, i, j, Name)
	s.afterName(e, i, j)
	return e
}

// setSurname makes w a surname of person e, keeping a head mark.
func (s *state) setSurname(w string, e int) {
	var arr [maxKey]byte
	k := fold(arr[:0], w)
	s.markSurname(k)
	sn := s.surnames[string(k)]
	sn.ent = e
	s.surnames[string(k)] = sn
}

// sameFirst reports whether the person e and the name full (with the given
// surname) can be one person: the same first names up to ZWNJ and spaces,
// or one the short form of the other («جواد ظریف», «محمدجواد ظریف»); «عباس
// لاوروف» and «سرگئی لاوروف» are two people.
func (s *state) sameFirst(e int, full, surname string) bool {
	en := s.ents[e]
	a := foldString(strings.TrimSuffix(en.Name, en.surname))
	b := foldString(strings.TrimSuffix(full, surname))
	if a == "" || b == "" {
		return true // a surname alone, or a name that is only a surname
	}
	return a == b || strings.HasSuffix(a, b) || strings.HasSuffix(b, a)
}

// afterName handles what follows a name mention over [i, j): a role phrase
// waiting before it («وزیر امور خارجه چین وانگ یی») and the counterpart
// pattern «همتای روس خود».
func (s *state) afterName(e, i, j int) {
	if s.pendingRole >= 0 && s.pendingRole == i {
		s.attachRole(e, s.pending)
		s.pendingRole = -1
	}
	s.lastPerson, s.lastPersonEnd = e, j
	s.counterpart(e, j)
}

// gazetteerRole gives person e the role a gazetteer knows for them, unless
// the text gave a better one.
func (s *state) gazetteerRole(e int, role string) {
	if e < 0 || role == "" || s.ents[e].roleRank >= rankGazetteer {
		return
	}
	en := s.ents[e]
	en.Role = role
	en.role = s.parseRoleString(role)
	en.roleRank = rankGazetteer
}
