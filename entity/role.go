package entity

import (
	"slices"
	"strings"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// roleInfo is the structure of a role phrase, used to decide whether two
// role phrases can name the same office: the titles in the phrase
// («معاون سیاسی», «وزیر امور خارجه») and the canonical countries and
// organizations it names.
type roleInfo struct {
	heads     []string
	countries []string
	orgs      []string
}

// within reports whether role r can refer to the holder of role p: the
// same first title, and every title, country and organization of r also in
// p. «نماینده ویژه سازمان ملل» fits «نماینده ویژه دبیرکل سازمان ملل در امور
// یمن»; «وزیر امور خارجه عراق» does not fit «وزیر امور خارجه ایران».
func (r roleInfo) within(p roleInfo) bool {
	if len(r.heads) == 0 || len(p.heads) == 0 || r.heads[0] != p.heads[0] {
		return false
	}
	return subset(r.heads, p.heads) && subset(r.countries, p.countries) && subset(r.orgs, p.orgs)
}

// clone returns a copy of r that shares no memory with it, in one
// allocation.
func (r roleInfo) clone() roleInfo {
	nh, nc := len(r.heads), len(r.countries)
	all := make([]string, 0, nh+nc+len(r.orgs))
	all = append(append(append(all, r.heads...), r.countries...), r.orgs...)
	return roleInfo{heads: all[:nh:nh], countries: all[nh : nh+nc : nh+nc], orgs: all[nh+nc:]}
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// rolePhrase is a role title with its complements over tokens [start, end).
type rolePhrase struct {
	start, end int
	info       roleInfo
	text       string     // the role as a person's Role: «کشورمان» resolved
	explicit   bool       // the text names a country, organization or superior
	comp       complement // the complement the head title takes
}

// parseRole reads a role phrase at token i: a role title, then
// complements: a country or «کشورمان», an organization (and its country), a
// superior's title («سخنگوی دبیرکل سازمان ملل»), and one «در» phrase: a
// portfolio («در امور یمن») or, for envoys, their post («نماینده دائم
// ایران در سازمان ملل», «سفیر ایران در مسکو»).
func (s *state) parseRole(i int) (rolePhrase, bool) {
	rp := rolePhrase{start: i}
	end, in := s.matchIf(i, isRole)
	if in == nil {
		return rp, false
	}
	// A listed title that already holds its complement («دبیرکل سازمان
	// ملل», «نماینده ویژه دبیرکل سازمان ملل»): keep the longest title
	// before the first place name as the head and read the rest as
	// complements, so that listed and composed phrases compare alike.
	head, comp := in.role, in.roleComp
	for k := i + 1; k < end; k++ {
		if _, p := s.matchIf(k, isPlace); p != nil {
			for m := k; m > i; m-- {
				if e2, h2 := s.roleUpTo(i, m); h2 != nil {
					head, comp, end = h2.role, h2.roleComp, e2
					break
				}
			}
			break
		}
	}
	// The phrase's structure lives in the state's scratch array until a
	// person keeps it (attachRole clones it): most role phrases are read,
	// compared and dropped.
	b := s.scratch[:]
	rp.info.heads, rp.info.countries, rp.info.orgs = b[0:0:4], b[4:4:6], b[6:6:8]
	rp.info.heads = append(rp.info.heads, head)
	rp.comp = comp
	needCountry := comp == compCountry
	usedIn := false
	j := end
	for j < len(s.toks) && s.joined(j) {
		w := s.word(j)
		if w == "" {
			break
		}
		if s.has(j, fHome) && s.x.home != "" && len(rp.info.countries) == 0 {
			rp.info.countries = append(rp.info.countries, s.x.home)
			j++
			continue
		}
		if len(rp.info.countries) == 0 {
			if e, c := s.matchIf(j, isCountry); c != nil && !s.followedBySuffix(e) {
				rp.info.countries = append(rp.info.countries, c.country)
				j = e
				continue
			}
		}
		if len(rp.info.countries) == 0 && len(rp.info.orgs) == 0 {
			if e, o := s.matchIf(j, isOrg); o != nil {
				rp.info.orgs = append(rp.info.orgs, o.org)
				if o.orgType == "gov" && s.w.genericBodies[firstWord(o.org)] {
					needCountry = true
				}
				// «سازمان انرژی اتمی ایران»: the country inside the name.
				for k := j + 1; k < e; k++ {
					if e2, c := s.matchIf(k, isCountry); c != nil && e2 <= e {
						rp.info.countries = append(rp.info.countries, c.country)
						break
					}
				}
				j = e
				continue
			}
			if e, r := s.matchIf(j, isRole); r != nil {
				rp.info.heads = append(rp.info.heads, r.role)
				needCountry = r.roleComp == compCountry
				j = e
				continue
			}
		}
		if w == "در" && !usedIn && j > end && (s.w.envoyHeads[firstWord(rp.info.heads[0])] || s.word(j+1) == "امور") {
			k := j + 1
			if s.word(k) == "امور" && k+1 < len(s.toks) && s.joined(k+1) {
				k++
			}
			if k < len(s.toks) && s.joined(k) {
				if e, p := s.matchIf(k, isPlace); p != nil {
					switch {
					case p.country != "":
						rp.info.countries = append(rp.info.countries, p.country)
					case p.org != "":
						rp.info.orgs = append(rp.info.orgs, p.org)
					}
					usedIn = true
					j = e
					continue
				}
			}
		}
		break
	}
	rp.end = j
	// A listed title that needs no complement and has more than one word
	// («رهبر انقلاب») is as explicit as one with its complement.
	rp.explicit = len(rp.info.heads) > 1 || len(rp.info.countries) > 0 || len(rp.info.orgs) > 0 ||
		comp == compNone && strings.Contains(head, " ")
	rp.text = s.roleText(i, j)
	if needCountry && len(rp.info.countries) == 0 && s.x.home != "" {
		rp.info.countries = append(rp.info.countries, s.x.home)
		rp.text += " " + s.x.home
	}
	return rp, true
}

// roleUpTo returns the role title that is exactly tokens [i, k).
func (s *state) roleUpTo(i, k int) (int, *info) {
	for t := i + 1; t < k; t++ {
		if !s.joined(t) {
			return i, nil
		}
	}
	var arr [maxKey]byte
	buf := arr[:0]
	for t := i; t < k; t++ {
		if len(buf)+len(s.toks[t].Text) > maxKey {
			return i, nil
		}
		buf = fold(buf, s.toks[t].Text)
	}
	if in := s.x.ix.phrase(string(buf)); in != nil && in.role != "" {
		return k, in
	}
	return i, nil
}

// roleText is the text of tokens [i, j) with «کشورمان» replaced by the home
// country.
func (s *state) roleText(i, j int) string {
	t := s.text[s.toks[i].Start:s.toks[j-1].End]
	if s.x.home == "" {
		return t
	}
	for k := i; k < j; k++ {
		if s.has(k, fHome) {
			return strings.Replace(t, s.word(k), s.x.home, 1)
		}
	}
	return t
}

// rolePhrase applies the role rules at token i and returns one past what it
// consumed, or i. A role phrase right after a person's name is that
// person's role (apposition: «سرگئی لاوروف وزیر امور خارجه روسیه»); one
// right before a name is the role of that name («وزیر امور خارجه چین وانگ
// یی»), and so is one before an unknown name and a verb; otherwise the
// phrase is a role mention of the most recent person whose role it fits.
// Countries, places and organizations inside the phrase are mentions of
// their own.
func (s *state) rolePhrase(i int) int {
	if s.first[i] == nil {
		return i // no listed phrase, so no role title, starts here
	}
	rp, ok := s.parseRole(i)
	if !ok {
		return i
	}
	s.inner(rp.start, rp.end)
	if i > 0 && (s.w.quantifiers[s.word(i-1)] || s.toks[i-1].Kind == tokenize.Number) {
		return rp.end
	}
	if s.lastPerson >= 0 && s.lastPersonEnd == i && i > 0 && s.joined(i) {
		s.attachRole(s.lastPerson, rp)
		return rp.end
	}
	// «محمد بن عبدالله العایش» معاون وزیر دفاع: a name in guillemets
	// before its role.
	if s.isPunct(i-1, "»") && s.joined(i) {
		if s.lastPerson >= 0 && s.lastPersonEnd == i-1 {
			s.attachRole(s.lastPerson, rp)
			return rp.end
		}
		if e := s.quotedName(i - 1); e >= 0 {
			s.attachRole(e, rp)
			return rp.end
		}
	}
	// «سرگئی لاوروف، وزیر امور خارجه روسیه، گفت»: apposition between
	// commas.
	if s.lastPerson >= 0 && s.lastPersonEnd == i-1 && s.isPunct(i-1, "،,") && (s.isPunct(rp.end, "،,") || s.w.reportingCues[s.word(rp.end)]) {
		s.attachRole(s.lastPerson, rp)
		return rp.end
	}
	if rp.end < len(s.toks) && s.joined(rp.end) {
		s.pendingRole, s.pending = rp.end, rp
		if j := s.person(rp.end); j > rp.end {
			return j
		}
		s.pendingRole = -1
		if j := s.unknownName(rp); j > rp.end {
			return j
		}
	}
	// «وزیر امور خارجه چین، وانگ یی، گفت»: a name between commas after
	// the role.
	if s.isPunct(rp.end, "،,") && rp.end+1 < len(s.toks) {
		s.pendingRole, s.pending = rp.end+1, rp
		if j := s.personBetweenCommas(rp.end + 1); j > rp.end+1 {
			return j
		}
		s.pendingRole = -1
	}
	if s.incomplete(rp) {
		return rp.end
	}
	if e := s.holder(rp.info, i); e >= 0 {
		s.mention(e, rp.start, rp.end, Role)
	}
	return rp.end
}

// incomplete reports whether a bare title is followed by a word that
// continues it where the lists stop («رئیس کل بانک مرکزی»): such a phrase
// is not a role mention, since its office is unknown.
func (s *state) incomplete(rp rolePhrase) bool {
	if rp.explicit || rp.end >= len(s.toks) || !s.joined(rp.end) {
		return false
	}
	w := s.word(rp.end)
	return w != "" && !s.w.functionWords[w] && !pronouns[w] && !s.w.nameEnders[w] && !s.x.ix.isVerb(w)
}

// quotedName applies "a name in guillemets before a role is a person" to
// the guillemets that close at token c: one to four name-like words that no
// rule has taken. It returns the new person, or -1.
func (s *state) quotedName(c int) int {
	o := c - 1
	for o >= 0 && c-o <= 5 && !s.isPunct(o, "«") {
		if !s.nameLike(o) || s.ordinary(o) || s.ordinaryInText(o) {
			return -1
		}
		o--
	}
	if o < 0 || !s.isPunct(o, "«") || o+1 == c {
		return -1
	}
	for k := o + 2; k < c; k++ {
		if !s.joined(k) {
			return -1
		}
	}
	return s.namedPerson(o+1, c, s.text[s.toks[o+1].Start:s.toks[c-1].End], s.word(c-1))
}

// personBetweenCommas applies the person rules at token i when the name
// they find is followed by a comma, and returns one past the name, or i. A
// name found but not closed by a comma is left for the main scan.
func (s *state) personBetweenCommas(i int) int {
	if j := s.probePerson(i); j > i && s.isPunct(j, "،,") {
		return s.person(i)
	}
	return i
}

// unknownName applies the rule "an unknown name between a role and a verb
// is a person": one or two name-like words after the role phrase, followed
// by a verb of reporting or «نیز» (the subject of a news sentence:
// «سخنگوی کاخ سفید کربی گفت»). The words must not be ordinary words, first names
// (the first-name rule had its chance) or compounds with a ZWNJ
// («خصوصی‌سازی»).
func (s *state) unknownName(rp rolePhrase) int {
	// «فرماندار بشرویه گفت», «امام جمعه هریس افزود»: an office of a town
	// or a constituency is followed by its place, not a name.
	if len(rp.info.heads) > 0 && jurisdictionRoles[rp.info.heads[len(rp.info.heads)-1]] {
		return rp.end
	}
	// «خبرنگار اسوشیتدپرس», «سرمربی بوریرام»: a title that takes an
	// organization and has none is followed by the organization's name.
	if rp.comp == compOrg && len(rp.info.heads) == 1 && len(rp.info.orgs) == 0 && len(rp.info.countries) == 0 {
		return rp.end
	}
	// «فرمانده سپاه پاسداران»: a listed name that starts inside the role
	// phrase and runs past it.
	for k := rp.start + 1; k < rp.end; k++ {
		if e, p := s.matchIf(k, isPlace); p != nil && e > rp.end {
			return rp.end
		}
	}
	j := rp.end
	for j < len(s.toks) && j-rp.end < 2 && s.joined(j) && s.nameLike(j) {
		if in := s.single(j); (in != nil && (in.first || in.nonName)) || s.ordinary(j) || s.ordinaryInText(j) || s.possessiveOfCommon(s.word(j)) || strings.Contains(s.word(j), zwnj) {
			return rp.end
		}
		j++
	}
	if j == rp.end || j >= len(s.toks) || !s.joined(j) || !s.w.reportingCues[s.word(j)] {
		return rp.end
	}
	e := s.namedPerson(rp.end, j, s.text[s.toks[rp.end].Start:s.toks[j-1].End], s.word(j-1))
	s.attachRole(e, rp)
	return j
}

// attachRole makes rp a role mention of person e and its Role when the
// evidence is stronger than what e has.
func (s *state) attachRole(e int, rp rolePhrase) {
	en := s.ents[e]
	rank := rankBare
	if rp.explicit {
		rank = rankText
	}
	if rank > en.roleRank {
		en.Role, en.role, en.roleRank = rp.text, rp.info.clone(), rank
	}
	s.mention(e, rp.start, rp.end, Role)
}

// holder returns the most recently mentioned person, before token i, whose
// role the role r fits, or -1. It looks back over the last holderWindow
// person mentions.
func (s *state) holder(r roleInfo, i int) int {
	seen := 0
	for k := len(s.pms) - 1; k >= 0 && seen < holderWindow; k-- {
		pm := s.pms[k]
		if pm.tok >= i {
			continue
		}
		seen++
		if r.within(s.ents[pm.ent].role) {
			return pm.ent
		}
	}
	return -1
}

// holderWindow bounds how far back a role mention looks for its holder, in
// person mentions: about one long article.
const holderWindow = 200

// counterpart applies «X همتای روس خود»: after the name of person e ending
// at token j, X holds the office of the sentence's earlier person in the
// demonym's country, so Lavrov, counterpart of Iran's foreign minister, is
// «وزیر امور خارجه روسیه».
func (s *state) counterpart(e, j int) {
	if s.word(j) != "همتای" || !s.joined(j) || j+2 >= len(s.toks) {
		return
	}
	d := s.single(j + 1)
	if d == nil || d.demonym == "" || (s.word(j+2) != "خود" && s.word(j+2) != "خویش") {
		return
	}
	en := s.ents[e]
	if en.roleRank >= rankCounterpart {
		return
	}
	sn := int(s.sent[j])
	first := len(s.pms)
	for first > 0 && s.pms[first-1].sent >= sn && len(s.pms)-first < counterpartWindow {
		first--
	}
	for _, pm := range s.pms[first:] {
		if pm.sent != sn || pm.ent == e {
			continue
		}
		o := s.ents[pm.ent]
		if len(o.role.countries) == 0 || o.roleRank < rankText {
			continue
		}
		c := o.role.countries[0]
		k := strings.LastIndex(o.Role, c)
		if k < 0 {
			continue
		}
		en.Role = o.Role[:k] + d.demonym + o.Role[k+len(c):]
		en.role = roleInfo{heads: o.role.heads, orgs: o.role.orgs, countries: []string{d.demonym}}
		en.roleRank = rankCounterpart
		return
	}
}

// counterpartWindow bounds how many person mentions of its sentence the
// counterpart rule looks back over, so that a sentence that never ends
// costs linear time.
const counterpartWindow = 64

// parseRoleString reads a role given as text (a gazetteer's role for a
// known person) into its structure.
func (s *state) parseRoleString(role string) roleInfo {
	sub := &state{x: s.x, w: s.w, text: role, toks: wordTokens(role), lastPerson: -1, pendingRole: -1}
	if len(sub.toks) == 0 {
		return roleInfo{}
	}
	sub.prepare()
	defer sub.release()
	rp, ok := sub.parseRole(0)
	if !ok {
		return roleInfo{}
	}
	return rp.info.clone()
}

// wordTokens splits s at spaces into word tokens.
func wordTokens(s string) []tokenize.Token {
	var out []tokenize.Token
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, tokenize.Token{Text: s[i:j], Span: tokenize.Span{Start: i, End: j}, Kind: tokenize.Word})
		}
		i = j
	}
	return out
}

// jurisdictionRoles are offices named after a place (a town, a province,
// a constituency): the word after such a title is the place.
var jurisdictionRoles = map[string]bool{
	"فرماندار": true, "استاندار": true, "شهردار": true, "بخشدار": true, "دهدار": true,
	"امام جمعه": true, "خطیب جمعه": true, "نماینده مردم": true,
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
