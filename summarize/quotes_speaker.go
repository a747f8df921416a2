package summarize

import (
	"sort"
	"strings"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// subject returns the entity index of the subject of the clause in tokens
// [from, to) (the words before a cue), or -1 when it is unknown.
//
// The subject is the first person mention of the clause that is not the
// object of a preposition («با لاوروف»). A pronoun (وی، او، ایشان) or a
// role phrase («وزیر امور خارجه روسیه») that the entity extractor attached
// to a person is that person. An unattached pronoun, or a clause with no
// subject at all (an elided subject: «... و افزود:»), refers to the most
// recent person subject when fallback is set; an unattached role phrase is
// matched against the Role of each person first. An indefinite subject
// («یک دیپلمات فرانسوی»), an organization or a country is a speaker we do
// not know as a person: -1.
func (q *quoter) subject(from, to int, fallback bool) int {
	mi := sort.Search(len(q.mentions), func(k int) bool { return q.mentions[k].Start >= q.toks[from].Start })
	for k := from; k < to; k++ {
		t := q.toks[k]
		if q.isExcluded(t.Start) {
			continue
		}
		if t.Kind == tokenize.Punct {
			continue
		}
		// «به گزارش ایرنا،» and «به نقل از ...،» name a source, not a speaker.
		if t.Text == "به" && (q.word(k+1) == "گزارش" || q.word(k+1) == "نقل") {
			for k < to && q.toks[k].Text != "،" && q.toks[k].Text != "," {
				k++
			}
			continue
		}
		prep := k > from && isPreposition(q.toks[k-1].Text)
		head := k == from || q.toks[k-1].Kind == tokenize.Punct
		for mi < len(q.mentions) && q.mentions[mi].Start < t.Start {
			mi++
		}
		if mi < len(q.mentions) && q.mentions[mi].Start == t.Start {
			m := q.mentions[mi]
			e := q.ents[m.ent]
			switch {
			case prep:
			case e.Kind == entity.Person && m.form == entity.Pronoun && head && q.quotedAntecedent(m.ent, t.Start):
				// «X گفت: ... Y ...» then «وی افزود:»: the pronoun continues
				// the speaker; a name inside quoted words is no antecedent.
				return q.last
			case e.Kind == entity.Person && (m.form == entity.Name || head):
				return m.ent
			case e.Kind != entity.Person && head:
				// «وزارت امور خارجه روسیه اعلام کرد:» speaks, but not as a person.
				return -1
			}
			for k+1 < to && q.toks[k+1].Start < m.End {
				k++
			}
			continue
		}
		if prep || !head {
			continue
		}
		switch {
		case isPronoun(t.Text):
			return q.last
		case isRoleHead(t.Text):
			if e := q.roleMatch(k, to); e >= 0 {
				return e
			}
			// A role nobody known holds: the last subject when nothing
			// contradicts it, as when the text never gave that person's
			// role; otherwise an unnamed official.
			if q.last >= 0 && (q.ents[q.last].Role == "" || sameHead(firstWord(q.ents[q.last].Role), t.Text)) {
				return q.last
			}
			return -1
		case t.Text == "یک" || t.Text == "یکی":
			return -1
		case t.Text == "این" && k+1 < to && q.toks[k+1].Kind == tokenize.Word:
			// «این دیپلمات»: an anaphoric noun phrase.
			return q.last
		}
	}
	if fallback {
		return q.last
	}
	return -1
}

// quotedAntecedent reports whether the latest name or role mention of
// entity index e before off lies inside the content of a direct quote, while the last
// subject is another person: then a pronoun the extractor joined to e
// most likely refers to that subject instead.
func (q *quoter) quotedAntecedent(e, off int) bool {
	if q.last < 0 || q.last == e {
		return false
	}
	last := -1 // the latest mention by name or role: pronouns are links, not antecedents
	for _, m := range q.ents[e].Mentions {
		if m.Form != entity.Pronoun && m.Start < off && m.Start > last {
			last = m.Start
		}
	}
	if last < 0 {
		return false
	}
	for i := len(q.out) - 1; i >= 0; i-- {
		c := q.out[i].Content
		if q.out[i].Direct && last >= c.Start && last < c.End {
			return true
		}
	}
	return false
}

// isExcluded reports whether off lies in an indirect content already taken
// from the current sentence.
func (q *quoter) isExcluded(off int) bool {
	for _, sp := range q.excluded {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}

// roleMatch matches the role phrase starting at token k (before token to)
// against the Role of every person entity: the heads must agree (وزیر،
// سخنگوی ...), the countries named must not conflict («وزیر امور خارجه
// روسیه» is not «وزیر امور خارجه کشورمان»), and the role sharing most words
// wins; a tie goes to the person mentioned last before the phrase. It
// returns the entity index, or -1.
func (q *quoter) roleMatch(k, to int) int {
	end := k + 1
	for end < to && end < k+8 {
		t := q.toks[end]
		if t.Kind != tokenize.Word || isPreposition(t.Text) || isParticle(t.Text) {
			break
		}
		end++
	}
	phrase := make([]string, 0, end-k)
	for m := k; m < end; m++ {
		phrase = append(phrase, q.toks[m].Text)
	}
	span := tokenize.Span{Start: q.toks[k].Start, End: q.toks[end-1].End}
	pc := q.countriesIn(span, phrase)
	best, bestScore, bestLast := -1, 0, -1
	if q.roles == nil {
		// Split every person's Role once per call, on first need.
		q.roles = make([]roleWords, len(q.ents))
		for i, e := range q.ents {
			if e.Kind == entity.Person {
				w := strings.Fields(e.Role)
				q.roles[i] = roleWords{w, q.countriesOfRole(e.Role, w)}
			}
		}
	}
	for i := range q.ents {
		role := q.roles[i].words
		if len(role) == 0 || !sameHead(role[0], phrase[0]) {
			continue
		}
		if rc := q.roles[i].countries; len(pc) > 0 && len(rc) > 0 && !intersects(pc, rc) {
			continue
		}
		score := 0
		for _, w := range phrase {
			for _, r := range role {
				if w == r {
					score++
					break
				}
			}
		}
		last := q.lastMentionBefore(i, span.Start)
		if last < 0 {
			continue // a role phrase refers back, never forward
		}
		if score > bestScore || (score == bestScore && last > bestLast) {
			best, bestScore, bestLast = i, score, last
		}
	}
	return best
}

// roleWords is a person's Role split into words, with the names of the
// countries it names.
type roleWords struct {
	words     []string
	countries []string
}

// lastMentionBefore returns the start of the last mention of entity index e
// before off, or -1.
func (q *quoter) lastMentionBefore(e, off int) int {
	last := -1
	for _, m := range q.ents[e].Mentions {
		if m.Start < off && m.Start > last {
			last = m.Start
		}
	}
	return last
}

// ourCountry is the country «کشورمان» (our country) refers to in Iranian news.
const ourCountry = "ایران"

// countriesIn returns the names of the countries mentioned in span.
func (q *quoter) countriesIn(span tokenize.Span, words []string) []string {
	var out []string
	for _, c := range q.countries {
		if c.Start >= span.Start && c.End <= span.End {
			out = append(out, q.ents[c.ent].Name)
		}
	}
	for _, w := range words {
		if w == "کشورمان" {
			out = append(out, q.countryName(ourCountry))
		}
	}
	return out
}

// countriesOfRole returns the names of the countries a role string names.
func (q *quoter) countriesOfRole(role string, words []string) []string {
	var out []string
	padded := " " + role + " "
	for _, e := range q.ents {
		if e.Kind != entity.Country {
			continue
		}
		if strings.Contains(padded, " "+e.Name+" ") {
			out = append(out, e.Name)
			continue
		}
		for _, m := range e.Mentions {
			if m.Text != "" && strings.Contains(padded, " "+m.Text+" ") {
				out = append(out, e.Name)
				break
			}
		}
	}
	for _, w := range words {
		if w == "کشورمان" {
			out = append(out, q.countryName(ourCountry))
		}
	}
	return out
}

// countryName returns the Name of the country entity one of whose mentions
// reads s, or s itself.
func (q *quoter) countryName(s string) string {
	for _, e := range q.ents {
		if e.Kind != entity.Country {
			continue
		}
		if e.Name == s {
			return s
		}
		for _, m := range e.Mentions {
			if m.Text == s {
				return e.Name
			}
		}
	}
	return s
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// sameHead reports whether two role heads are the same word, up to the
// ezafe «ی» written after a vowel (سخنگو / سخنگوی).
func sameHead(a, b string) bool {
	return a == b || a+"ی" == b || a == b+"ی"
}

// isPronoun reports whether w is a third-person pronoun that can be the
// subject of a reporting verb.
func isPronoun(w string) bool {
	switch w {
	case "وی", "او", "ایشان", "آنها", "آن\u200cها", "ایشان\u200cها":
		return true
	}
	return false
}

// isPreposition reports whether w is a preposition (or a postposed noun
// acting as one, «همتای»): a mention right after it is not a subject.
func isPreposition(w string) bool {
	switch w {
	case "با", "به", "از", "در", "برای", "درباره", "دربارهٔ", "تا", "بر", "نزد",
		"علیه", "بدون", "میان", "بین", "توسط", "سوی", "جانب", "همتای", "مانند",
		"مثل", "پیش", "پس", "نسبت", "طرف", "همراه", "خطاب",
		"که", "را", "و":
		return true
	}
	return false
}

// isParticle reports whether w ends a subject noun phrase: additive and
// temporal particles that follow the subject («لاوروف نیز ...»).
func isParticle(w string) bool {
	switch w {
	case "نیز", "هم", "همچنین", "هم\u200cچنین", "امروز", "روز", "دیروز", "پیش", "پس":
		return true
	}
	return false
}

// isRoleHead reports whether w heads a role phrase that names a person by
// office («وزیر امور خارجه روسیه»، «سخنگوی وزارت امور خارجه»).
func isRoleHead(w string) bool {
	switch w {
	case "وزیر", "سخنگو", "سخنگوی", "رئیس", "رییس", "رئیس\u200cجمهور", "رییس\u200cجمهور",
		"مدیرکل", "مدیر", "دبیرکل", "دبیر", "نماینده", "سفیر", "معاون", "نخست\u200cوزیر",
		"فرمانده", "مشاور", "رهبر", "پادشاه", "ولیعهد", "امیر", "استاندار", "شهردار",
		"سرپرست", "قائم\u200cمقام", "دادستان", "فرستاده", "سناتور", "وزیرخارجه",
		"رئیس\u200cجمهوری", "رییس\u200cجمهوری", "صدراعظم", "مدیرعامل", "سرمربی", "مربی",
		"کاپیتان", "کارشناس", "عضو", "استاد", "نایب", "رئیس\u200cکل", "مسئول", "فرماندار",
		"بخشدار", "امام", "خطیب", "وکیل", "قاضی", "سردار", "ژنرال":
		return true
	}
	return false
}
