package summarize

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// person describes a person entity for a test: its canonical name, role
// and the name forms to find in the text.
type person struct {
	name, role string
	forms      []string
}

// testEntities builds person entities, with Name mentions at every whole-
// word occurrence of their forms, and country entities for the names in
// countries.
func testEntities(text string, people []person, countries ...string) []entity.Entity {
	var ents []entity.Entity
	taken := map[int]bool{}
	add := func(kind entity.Kind, name, role string, forms []string) {
		e := entity.Entity{ID: len(ents) + 1, Kind: kind, Name: name, Role: role}
		forms = append([]string{name}, forms...)
		sort.SliceStable(forms, func(a, b int) bool { return len(forms[a]) > len(forms[b]) })
		for _, f := range forms {
			for _, sp := range wordOccurrences(text, f) {
				if !taken[sp.Start] {
					taken[sp.Start] = true
					e.Mentions = append(e.Mentions, entity.Mention{Span: sp, Text: f, Form: entity.Name})
				}
			}
		}
		sort.Slice(e.Mentions, func(a, b int) bool { return e.Mentions[a].Start < e.Mentions[b].Start })
		ents = append(ents, e)
	}
	for _, p := range people {
		add(entity.Person, p.name, p.role, p.forms)
	}
	for _, c := range countries {
		add(entity.Country, c, "", nil)
	}
	return ents
}

// got is a quote as the tests compare it.
type got struct {
	Speaker string
	Cue     string
	Content string
	Direct  bool
}

func runQuotes(text string, ents []entity.Entity) []got {
	toks, sents := tokenize.Split(text)
	var out []got
	for _, q := range Quotes(text, sents, toks, ents) {
		out = append(out, got{q.SpeakerName, q.Cue, text[q.Content.Start:q.Content.End], q.Direct})
	}
	return out
}

var (
	lavrov = person{"سرگئی لاوروف", "وزیر امور خارجه روسیه", []string{"لاوروف"}}
	zarif  = person{"محمدجواد ظریف", "وزیر امور خارجه کشورمان", []string{"ظریف"}}
)

func TestQuotes(t *testing.T) {
	people := []person{lavrov, zarif}
	tests := []struct {
		name string
		text string
		want []got
	}{
		// Direct speech after «CUE:», to the end of the paragraph.
		{"colon", "لاوروف گفت: ما آماده\u200cایم. این مسیر ادامه دارد.\nخبر دیگر.",
			[]got{{"سرگئی لاوروف", "گفت", "ما آماده\u200cایم. این مسیر ادامه دارد.", true}}},
		{"colon compound cue", "ظریف در این دیدار تاکید کرد: ما هیچ توجیهی نداریم.",
			[]got{{"محمدجواد ظریف", "تاکید کرد", "ما هیچ توجیهی نداریم.", true}}},
		{"present tense", "لاوروف می\u200cگوید: روابط خوب است.",
			[]got{{"سرگئی لاوروف", "می\u200cگوید", "روابط خوب است.", true}}},
		{"perfect tense", "لاوروف گفته است: روابط خوب است.",
			[]got{{"سرگئی لاوروف", "گفته است", "روابط خوب است.", true}}},
		{"pluperfect", "لاوروف در مسکو گفته بود: روابط خوب است.",
			[]got{{"سرگئی لاوروف", "گفته بود", "روابط خوب است.", true}}},
		{"spaced compound", "ظریف خاطر نشان کرد: راه حل نظامی نیست.",
			[]got{{"محمدجواد ظریف", "خاطر نشان کرد", "راه حل نظامی نیست.", true}}},
		{"stops before a narrator's sentence", "لاوروف گفت: روابط خوب است. وی همچنین از ظریف تشکر کرد.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است.", true}}},
		{"colon at the end of its line", "لاوروف گفت:\nروابط خوب است.\nخبر دیگر.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است.", true}}},
		{"colon at the end of its line, guillemets", "لاوروف گفت:\n«روابط خوب است.»\nخبر دیگر.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است.", true}}},
		{"stops before the next quote of the paragraph", "لاوروف گفت: روابط خوب است. وی افزود: ادامه می\u200cدهیم.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است.", true}, {"سرگئی لاوروف", "افزود", "ادامه می\u200cدهیم.", true}}},

		// Guillemets.
		{"colon guillemets", "لاوروف گفت: «روابط خوب است.» سپس رفت.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است.", true}}},
		{"guillemets without colon", "لاوروف گفت «روابط خوب است».",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است", true}}},
		{"guillemets inside indirect speech", "ظریف گفت که «گام به گام» باید پیش رفت.",
			[]got{{"محمدجواد ظریف", "گفت", "«گام به گام» باید پیش رفت.", false}}},
		{"guillemets closing the clause after که", "ظریف گفت که «صبر شرط موفقیت است».",
			[]got{{"محمدجواد ظریف", "گفت", "صبر شرط موفقیت است", true}}},
		{"a phrase in guillemets after a cue is no quote", "ظریف گفت «صبر» را باید آموخت.", nil},
		{"cue after the quote", "«روابط خوب است»، لاوروف گفت.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است", true}}},
		{"cue after a quote ending with a full stop", "«روابط خوب است. ادامه می\u200cدهیم.»، لاوروف در پایان گفت.",
			[]got{{"سرگئی لاوروف", "گفت", "روابط خوب است. ادامه می\u200cدهیم.", true}}},
		{"nested guillemets", "ظریف گفت: «طرح «صلح» شکست خورد.»",
			[]got{{"محمدجواد ظریف", "گفت", "طرح «صلح» شکست خورد.", true}}},
		{"a title in guillemets is no quote", "کتاب «جنگ و صلح» منتشر شد.", nil},

		// Indirect speech.
		{"cue with که", "ظریف اعلام کرد که هیئتی به مسکو می\u200cرود.",
			[]got{{"محمدجواد ظریف", "اعلام کرد", "هیئتی به مسکو می\u200cرود.", false}}},
		{"according to", "ظریف به مسکو رفت. به گفته وی، مذاکرات ادامه دارد.",
			[]got{{"محمدجواد ظریف", "به گفته", "مذاکرات ادامه دارد.", false}}},
		{"according to an unnamed source", "به گفته منابع خبری، مذاکرات ادامه دارد.",
			[]got{{"", "به گفته", "مذاکرات ادامه دارد.", false}}},
		{"by stating", "ظریف با بیان اینکه تروریسم مرز ندارد، گفت: ما کنار روسیه هستیم.",
			[]got{{"محمدجواد ظریف", "با بیان اینکه", "تروریسم مرز ندارد", false}, {"محمدجواد ظریف", "گفت", "ما کنار روسیه هستیم.", true}}},

		// Not cues.
		{"condolence then the real cue", "ظریف به ملت روسیه تسلیت گفت و اظهار داشت: ما در کنار شما هستیم.",
			[]got{{"محمدجواد ظریف", "اظهار داشت", "ما در کنار شما هستیم.", true}}},
		{"first person is the writer's voice", "ما می\u200cگوییم: صلح ممکن است.", nil},
		{"passive", "گفته شده است: صلح ممکن است.", nil},
		{"condolence alone", "ظریف به ملت روسیه تسلیت گفت.", nil},
		{"noun گفت\u200cوگو", "ظریف و لاوروف گفت\u200cوگو کردند.", nil},
		{"a cue without a quote", "لاوروف از صلح سخن گفت و رفت.", nil},
		{"a cue not followed by speech", "ظریف اعلام کرد و رفت.", nil},
		{"cues inside a quote are content", "ظریف گفت: لاوروف گفت که صلح ممکن است.",
			[]got{{"محمدجواد ظریف", "گفت", "لاوروف گفت که صلح ممکن است.", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, runQuotes(tt.text, testEntities(tt.text, people, "روسیه")), "%+q", tt.text)
		})
	}
}

func TestQuotesSpeakers(t *testing.T) {
	people := []person{lavrov, zarif}
	speakers := func(text string) []string {
		var out []string
		for _, q := range runQuotes(text, testEntities(text, people, "روسیه", "ایران")) {
			out = append(out, q.Speaker)
		}
		return out
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Surname and full name.
		{"full name", "سرگئی لاوروف گفت: بله.", []string{"سرگئی لاوروف"}},
		{"surname", "لاوروف گفت: بله.", []string{"سرگئی لاوروف"}},
		{"subject after an adverbial", "در ابتدای این ملاقات سرگئی لاوروف گفت: بله.", []string{"سرگئی لاوروف"}},
		{"source prefix skipped", "به گزارش ایرنا، ظریف گفت: بله.", []string{"محمدجواد ظریف"}},
		// The object of a preposition is not the subject.
		{"object of با", "ظریف در دیدار با لاوروف گفت: بله.", []string{"محمدجواد ظریف"}},
		{"elided subject after an object", "ظریف به مسکو رفت.\nدر دیدار با لاوروف گفت: بله.", []string{"محمدجواد ظریف"}},
		// Unattached pronouns and elided subjects refer to the last subject.
		{"pronoun وی", "لاوروف گفت: بله.\nوی افزود: نه.", []string{"سرگئی لاوروف", "سرگئی لاوروف"}},
		{"pronoun او after a sentence without quote", "ظریف با لاوروف دیدار کرد.\nاو گفت: بله.", []string{"محمدجواد ظریف"}},
		{"elided subject", "ظریف به مسکو رفت و گفت: بله.", []string{"محمدجواد ظریف"}},
		// Role phrases matched against roles, countries kept apart.
		{"role of the second person", "ظریف و لاوروف دیدار کردند.\nوزیر امور خارجه روسیه گفت: بله.", []string{"سرگئی لاوروف"}},
		{"role with کشورمان", "لاوروف و ظریف دیدار کردند.\nوزیر امور خارجه کشورمان گفت: بله.", []string{"محمدجواد ظریف"}},
		{"role of nobody known, last subject of another office", "لاوروف گفت: بله.\nسخنگوی وزارت گفت: نه.", []string{"سرگئی لاوروف", ""}},
		// Unknown speakers.
		{"indefinite subject", "لاوروف گفت: بله.\nیک دیپلمات فرانسوی گفت: نه.", []string{"سرگئی لاوروف", ""}},
		{"indefinite after a clause", "لاوروف آمد؛ در پایان، یک خبرنگار پرسید: «چرا؟»", []string{""}},
		{"country as subject", "لاوروف آمد.\nروسیه اعلام کرد: نه.", []string{""}},
		{"nobody at all", "گفت: بله.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, speakers(tt.text), "%+q", tt.text)
		})
	}
}

// TestQuotesRoleWithoutRoles checks that a role phrase refers to the last
// subject when the entities carry no role to contradict it.
func TestQuotesRoleWithoutRoles(t *testing.T) {
	text := "کنعانی گفت: بله.\nسخنگوی دستگاه دیپلماسی افزود: نه.\nیک خبرنگار پرسید: چرا؟"
	var names []string
	for _, q := range runQuotes(text, testEntities(text, []person{{"ناصر کنعانی", "", []string{"کنعانی"}}})) {
		names = append(names, q.Speaker)
	}
	assert.Equal(t, []string{"ناصر کنعانی", "ناصر کنعانی", ""}, names)
}

// TestQuotesAttachedMentions checks that role and pronoun mentions the
// extractor attached to a person name that person, even when a more recent
// subject is someone else.
func TestQuotesAttachedMentions(t *testing.T) {
	text := "لاوروف با ظریف دیدار کرد.\nظریف گفت: بله.\nوی افزود: نه.\nوزیر امور خارجه روسیه ادامه داد: شاید."
	ents := testEntities(text, []person{lavrov, zarif})
	at := func(s string, from int) tokenize.Span {
		for _, sp := range wordOccurrences(text, s) {
			if sp.Start >= from {
				return sp
			}
		}
		t.Fatalf("%q not found", s)
		return tokenize.Span{}
	}
	// The extractor decided «وی» is Lavrov (say, from a wider context).
	vi := at("وی", 0)
	role := at("وزیر امور خارجه روسیه", 0)
	ents[0].Mentions = append(ents[0].Mentions,
		entity.Mention{Span: vi, Text: "وی", Form: entity.Pronoun},
		entity.Mention{Span: role, Text: "وزیر امور خارجه روسیه", Form: entity.Role})
	sort.Slice(ents[0].Mentions, func(a, b int) bool { return ents[0].Mentions[a].Start < ents[0].Mentions[b].Start })
	var names []string
	for _, q := range runQuotes(text, ents) {
		names = append(names, q.Speaker)
	}
	assert.Equal(t, []string{"محمدجواد ظریف", "سرگئی لاوروف", "سرگئی لاوروف"}, names)
}

// TestQuotesQuotedAntecedent checks that a pronoun joined by the extractor
// to a person named only inside the previous quote continues the speaker.
func TestQuotesQuotedAntecedent(t *testing.T) {
	text := "لاوروف گفت: ظریف دوست ماست.\nوی افزود: بله.\nوی ادامه داد: آری."
	ents := testEntities(text, []person{lavrov, zarif})
	// A poor extractor joined both pronouns to Zarif, named only in the quote.
	for _, vi := range wordOccurrences(text, "وی") {
		ents[1].Mentions = append(ents[1].Mentions, entity.Mention{Span: vi, Text: "وی", Form: entity.Pronoun})
	}
	var names []string
	for _, q := range runQuotes(text, ents) {
		names = append(names, q.Speaker)
	}
	assert.Equal(t, []string{"سرگئی لاوروف", "سرگئی لاوروف", "سرگئی لاوروف"}, names)
}

// TestQuotesBadInput checks that inconsistent arguments give nil, not a
// panic.
func TestQuotesBadInput(t *testing.T) {
	text := "لاوروف گفت: بله."
	toks, sents := tokenize.Split(text)
	assert.Nil(t, Quotes("", sents, toks, nil), "tokens beyond the text")
	assert.Nil(t, Quotes(text, nil, toks, nil), "no sentences")
	assert.Nil(t, Quotes(text, []tokenize.Sentence{{Tokens: tokenize.Range{Start: 0, End: 99}}}, toks, nil), "range beyond tokens")
	bad := []entity.Entity{{ID: 1, Name: "x", Mentions: []entity.Mention{{Span: tokenize.Span{Start: 5, End: 500}}}}}
	assert.Len(t, Quotes(text, sents, toks, bad), 1, "a mention out of range is ignored")
	role := "لاوروف آمد.\nوزیر گفت: بله."
	toks, sents = tokenize.Split(role)
	blank := []entity.Entity{{ID: 1, Kind: entity.Person, Name: "لاوروف", Role: " ", Mentions: []entity.Mention{{Span: tokenize.Span{Start: 0, End: len("لاوروف")}, Text: "لاوروف"}}}}
	assert.Len(t, Quotes(role, sents, toks, blank), 1, "a blank Role is no role")
}
