package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func verbPhrases(text string) []string {
	tokens, _ := Split(text)
	var out []string
	for r := range VerbPhrases(text, tokens) {
		out = append(out, text[tokens[r.Start].Start:tokens[r.End-1].End])
	}
	return out
}

func TestVerbPhrases(t *testing.T) {
	cases := map[string][]struct {
		in   string
		want []string
	}{
		// The future tense: bare خواستن and the past stem.
		"future": {
			{"این حادثه موجب تشدید مبارزه خواهد شد.", []string{"خواهد شد"}},
			{"آنها به اهداف خود دست نخواهند یافت.", []string{"نخواهند یافت"}},
			{"تلاش خواهیم کرد، توافقات", []string{"خواهیم کرد"}},
			{"خواهد بود", []string{"خواهد بود"}},
		},
		// Participles and their auxiliaries, chained.
		"perfect and passive": {
			{"او گفته است که", []string{"گفته است"}},
			{"گفته شده است", []string{"گفته شده است"}},
			{"دیده خواهد شد", []string{"دیده خواهد شد"}},
			{"آنها رفته بودند و ما آمده\u200cایم", []string{"رفته بودند"}},
			{"داده شد و نکرده باشد", []string{"داده شد", "نکرده باشد"}},
			{"مانده است", []string{"مانده است"}},
			{"استفاده شده است", []string{"شده است"}},
		},
		// Negatives: nouns of participle shape, broken adjacency, other forms.
		"negatives": {
			{"این خانواده است", nil},
			{"آینده است", nil},
			{"مصرف کننده است", nil},
			{"هفته است", nil},
			{"گفته\nاست", nil},
			{"گفته، است", nil},
			{"می\u200cخواهد برود", nil},
			{"او خواهد", nil},
			{"خواهد ۱۲", nil},
			{"نامه است", nil},
			{"ما جنگ نخواهیم صلح می\u200cخواهیم", nil},
			{"", nil},
		},
	}
	for group, cs := range cases {
		for _, c := range cs {
			assert.Equal(t, c.want, verbPhrases(c.in), "%s: %+q", group, c.in)
		}
	}
}

func TestVerbPhrasesAllocs(t *testing.T) {
	text := "این حادثه موجب تشدید مبارزه خواهد شد و گفته شده است که آنها دست نخواهند یافت."
	tokens, _ := Split(text)
	allocs := testing.AllocsPerRun(50, func() {
		for range VerbPhrases(text, tokens) {
		}
	})
	assert.Zero(t, allocs)
}
