package summarize_test

import (
	"fmt"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/summarize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

func ExampleQuotes() {
	text := "لاوروف با ظریف دیدار کرد.\n" +
		"وی گفت: «روابط ما به سطح بی\u200cسابقه\u200cای رسیده است.»\n" +
		"ظریف نیز تسلیت گفت و اظهار داشت: ما در کنار روسیه هستیم.\n" +
		"به گفته وی، دور بعد در مسکو برگزار می\u200cشود."
	toks, sents := tokenize.Split(text)
	// Entities as entity.Extract returns them; built by hand here.
	mention := func(s string, from int) entity.Mention {
		for i := from; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return entity.Mention{Span: tokenize.Span{Start: i, End: i + len(s)}, Text: s}
			}
		}
		return entity.Mention{}
	}
	lavrov := mention("لاوروف", 0)
	zarif1 := mention("ظریف", 0)
	zarif2 := mention("ظریف", zarif1.End)
	ents := []entity.Entity{
		{ID: 1, Kind: entity.Person, Name: "سرگئی لاوروف", Mentions: []entity.Mention{lavrov}},
		{ID: 2, Kind: entity.Person, Name: "محمدجواد ظریف", Mentions: []entity.Mention{zarif1, zarif2}},
	}
	for _, q := range summarize.Quotes(text, sents, toks, ents) {
		fmt.Printf("%s | %s | %s | direct=%v\n", q.SpeakerName, q.Cue, text[q.Content.Start:q.Content.End], q.Direct)
	}
	// Output:
	// سرگئی لاوروف | گفت | روابط ما به سطح بی‌سابقه‌ای رسیده است. | direct=true
	// محمدجواد ظریف | اظهار داشت | ما در کنار روسیه هستیم. | direct=true
	// محمدجواد ظریف | به گفته | دور بعد در مسکو برگزار می‌شود. | direct=false
}
