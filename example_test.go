package sokhan_test

import (
	"fmt"

	"github.com/sokhan-nlp/sokhan"
	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

const sample = "محمدجواد ظريف وزير امور خارجه کشورمان با سرگئی لاوروف وزیر امور خارجه روسیه ملاقات کرد.\n" +
	"لاوروف گفت: این حادثه موجب تشدید مبارزه با تروریستها خواهد شد.\n" +
	"ظریف نیز تسلیت گفت و اظهار داشت: ما در کنار دولت روسیه قرار داریم."

func ExampleAnalyze() {
	doc := sokhan.Analyze(sample)
	fmt.Println(len(doc.Sentences), "sentences")
	for _, q := range doc.Quotes {
		fmt.Printf("%s (%s): %s\n", q.SpeakerName, q.Cue, doc.QuoteText(q))
	}
	// Output:
	// 3 sentences
	// سرگئی لاوروف (گفت): این حادثه موجب تشدید مبارزه با تروریست‌ها خواهد شد.
	// محمدجواد ظریف (اظهار داشت): ما در کنار دولت روسیه قرار داریم.
}

func ExampleSummarySentences() {
	doc := sokhan.Analyze(sample, sokhan.SummarySentences(1))
	fmt.Println(len(doc.Summary))
	// Output:
	// 1
}

func ExampleNormalizer() {
	// An identity normalizer analyses the text as given.
	doc := sokhan.Analyze("ظريف", sokhan.Normalizer(func(s string) string { return s }))
	fmt.Println(doc.Text == doc.Original)
	// Output:
	// true
}

func ExampleExtractor() {
	// Only people named in a watch list, as one entity each.
	watch := []string{"لاوروف", "ظریف"}
	extract := func(text string, tokens []tokenize.Token) []entity.Entity {
		var out []entity.Entity
		for _, name := range watch {
			e := entity.Entity{ID: len(out) + 1, Kind: entity.Person, Name: name}
			for _, t := range tokens {
				if t.Text == name {
					e.Mentions = append(e.Mentions, entity.Mention{Span: t.Span, Text: t.Text, Form: entity.Name})
				}
			}
			out = append(out, e)
		}
		return out
	}
	doc := sokhan.Analyze(sample, sokhan.Extractor(extract))
	for _, q := range doc.Quotes {
		fmt.Printf("%q %s\n", q.SpeakerName, q.Cue)
	}
	// Output:
	// "لاوروف" گفت
	// "ظریف" اظهار داشت
}

func ExampleDocument_QuoteText() {
	doc := sokhan.Analyze("لاوروف گفت: «روابط ما خوب است.»")
	fmt.Println(doc.QuoteText(doc.Quotes[0]))
	// Output:
	// روابط ما خوب است.
}

func ExampleDocument_SentenceText() {
	doc := sokhan.Analyze("دو طرف دیدار کردند. سپس گفت\u200cوگو کردند.")
	fmt.Println(doc.SentenceText(1))
	fmt.Printf("%q\n", doc.SentenceText(5))
	// Output:
	// سپس گفت‌وگو کردند.
	// ""
}

func ExampleDocument_Entity() {
	doc := sokhan.Analyze(sample)
	for _, q := range doc.Quotes {
		if e, ok := doc.Entity(q.Speaker); ok {
			fmt.Println(e.Name, e.Kind)
			break
		}
	}
	// Output:
	// سرگئی لاوروف person
}
