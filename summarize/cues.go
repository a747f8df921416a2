package summarize

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

//go:embed data/cues.txt
var cuesData string

// maxCueTokens bounds the number of tokens a cue phrase spans:
// «خاطر نشان کرده بود» is four.
const maxCueTokens = 5

// cueTable is the parsed reporting-cue lexicon: every generated surface form
// of every cue, and the set of words a form can start with (a cheap filter
// tried before any multi-token lookup).
type cueTable struct {
	forms map[string]struct{}
	first map[string]struct{}
}

// cues parses data/cues.txt once, on first use.
var cues = sync.OnceValue(func() *cueTable {
	t := &cueTable{forms: map[string]struct{}{}, first: map[string]struct{}{}}
	for _, e := range lexicon.Parse(cuesData) {
		cue, past, present := e.Field(0), e.Field(1), e.Field(2)
		if !strings.HasSuffix(cue, past) || present == "" {
			continue // rejected by TestCueData
		}
		preverb := strings.TrimSpace(strings.TrimSuffix(cue, past))
		for _, f := range verbForms(past, present) {
			if preverb == "" {
				t.add(f)
				continue
			}
			// Unrestored text glues a compound verb («اظهارداشت») or joins
			// it with a ZWNJ; accept both beside the spaced form.
			t.add(preverb + " " + f)
			t.add(preverb + f)
			t.add(preverb + "\u200c" + f)
		}
	}
	return t
})

// add records the surface form f.
func (t *cueTable) add(f string) {
	t.forms[f] = struct{}{}
	w, _, _ := strings.Cut(f, " ")
	t.first[w] = struct{}{}
}

// Third-person endings of the past (after the past stem) and of the
// present (after the present stem), singular then plural. First and second
// persons are left out: outside quoted speech, «می‌گوییم:» is the writer's
// own voice, not a report of someone's words.
var (
	pastEndings    = [...]string{"", "ند"}
	presentEndings = [...]string{"د", "ند"}
)

// verbForms returns the third-person indicative forms of a verb that report
// speech, from its past stem (گفت) and present stem (گو): simple and continuous past
// (گفت، گفتند، می‌گفت), present (می‌گوید، می‌گویند), present perfect and
// pluperfect (گفته است، گفته‌اند، گفته بود), the bare participle used as a
// verb in news style (گفته:) and the future (خواهد گفت). The prefix «می»
// is written with a ZWNJ or, in unrestored text, a space. A present stem
// ending in a vowel (گو، افزا، نما) takes a glide «ی» before the ending
// (می‌گوید، می‌افزاید), per the Persian Academy orthography.
func verbForms(past, present string) []string {
	out := make([]string, 0, 40)
	mi := [...]string{"می\u200c", "می "}
	for _, e := range pastEndings {
		out = append(out, past+e, mi[0]+past+e, mi[1]+past+e)
	}
	glide := strings.HasSuffix(present, "ا") || strings.HasSuffix(present, "و")
	for _, e := range presentEndings {
		if glide {
			e = "ی" + e
		}
		out = append(out, mi[0]+present+e, mi[1]+present+e)
	}
	part := past + "ه"
	out = append(out, part,
		part+" است", part+"\u200cاست", part+" اند", part+"\u200cاند",
		part+" بود", part+" بودند")
	out = append(out, "خواهد "+past, "خواهند "+past)
	return out
}

// cueAt reports whether a reporting cue starts at token i and returns the
// index one past its last token. The tokens of a multi-word cue must be
// separated by exactly one space. The longest cue wins: «تاکید کرد» over a
// bare «کرد», «گفته است» over «گفته». A cue whose form is a bare verb is
// rejected when the word before it makes a non-speech compound
// («تسلیت گفت»، «تبریک گفت»، «سخن گفت»); see [nonSpeechPreverb].
func cueAt(text string, tokens []tokenize.Token, i int) (end int, ok bool) {
	t := cues()
	if tokens[i].Kind != tokenize.Word {
		return 0, false
	}
	if _, ok := t.first[tokens[i].Text]; !ok {
		return 0, false
	}
	start := tokens[i].Start
	for k := i; k < len(tokens) && k < i+maxCueTokens; k++ {
		if k > i && !spaceJoined(text, tokens[k-1], tokens[k]) {
			break
		}
		if _, ok := t.forms[text[start:tokens[k].End]]; ok {
			end = k + 1
		}
	}
	if end == 0 {
		return 0, false
	}
	if end == i+1 && i > 0 && spaceJoined(text, tokens[i-1], tokens[i]) && nonSpeechPreverb(tokens[i-1].Text) {
		return 0, false
	}
	return end, true
}

// spaceJoined reports whether b follows a after exactly one space.
func spaceJoined(text string, a, b tokenize.Token) bool {
	return b.Start == a.End+1 && a.End < len(text) && text[a.End] == ' '
}

// nonSpeechPreverb reports whether w, before a speech verb such as «گفت»,
// makes a compound that performs an act instead of reporting words:
// condolences (تسلیت گفت), congratulations (تبریک گفت), a welcome (خوشامد
// گفت، خیرمقدم گفت), a farewell (بدرود گفت), or a bare mention of speaking
// (سخن گفت، دروغ گفت).
func nonSpeechPreverb(w string) bool {
	switch w {
	case "تسلیت", "تبریک", "شادباش", "خوشامد", "خیرمقدم", "خوش\u200cآمد",
		"بدرود", "خداحافظی", "سخن", "دروغ", "ناسزا", "لبیک", "سپاس", "شکر":
		return true
	}
	return false
}
