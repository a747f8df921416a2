package tokenize_test

import (
	"fmt"
	"strings"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

func ExampleTokens() {
	text := "رشد ۱۲٫۵٪ در ۱۴۰۳/۰۲/۱۵ به info@irna.ir گزارش شد."
	for tok := range tokenize.Tokens(text) {
		fmt.Printf("%d-%d %s %s\n", tok.Start, tok.End, tok.Kind, tok.Text)
	}
	// Output:
	// 0-6 Word رشد
	// 7-17 Number ۱۲٫۵٪
	// 18-22 Word در
	// 23-41 Number ۱۴۰۳/۰۲/۱۵
	// 42-46 Word به
	// 47-59 Email info@irna.ir
	// 60-70 Word گزارش
	// 71-75 Word شد
	// 75-76 Punct .
}

func ExampleSentences() {
	text := "دکتر م. احمدی گفت: «این گام مهمی است.» وی افزود: نشست بعدی در U.S. است.\nپایان"
	for s := range tokenize.Sentences(text) {
		fmt.Printf("%d [%d,%d) %s\n", s.Paragraph, s.Tokens.Start, s.Tokens.End, text[s.Start:s.End])
	}
	// Output:
	// 0 [0,13) دکتر م. احمدی گفت: «این گام مهمی است.»
	// 0 [13,22) وی افزود: نشست بعدی در U.S. است.
	// 1 [22,23) پایان
}

func ExampleSplit() {
	text := "ظریف گفت: ما موافقیم. لاوروف #مسکو را ترک کرد 👋"
	tokens, sentences := tokenize.Split(text)
	for _, s := range sentences {
		var parts []string
		for _, tok := range tokens[s.Tokens.Start:s.Tokens.End] {
			parts = append(parts, tok.Text+"/"+tok.Kind.String())
		}
		fmt.Println(strings.Join(parts, " "))
	}
	// Output:
	// ظریف/Word گفت/Word :/Punct ما/Word موافقیم/Word ./Punct
	// لاوروف/Word #مسکو/Hashtag را/Word ترک/Word کرد/Word 👋/Emoji
}

func ExampleKind_String() {
	fmt.Println(tokenize.Word, tokenize.Number, tokenize.URL)
	// Output: Word Number URL
}

func ExampleSpan_Len() {
	text := "سلام دنیا"
	for tok := range tokenize.Tokens(text) {
		fmt.Println(tok.Text, tok.Len())
	}
	// Output:
	// سلام 8
	// دنیا 8
}

func ExampleRange_Len() {
	for s := range tokenize.Sentences("یک دو. سه") {
		fmt.Println(s.Tokens.Len())
	}
	// Output:
	// 3
	// 1
}

func ExampleVerbPhrases() {
	text := "این حادثه موجب تشدید مبارزه خواهد شد. گفته شده است که آنها دست نخواهند یافت."
	tokens, _ := tokenize.Split(text)
	for r := range tokenize.VerbPhrases(text, tokens) {
		fmt.Println(r, text[tokens[r.Start].Start:tokens[r.End-1].End])
	}
	// Output:
	// {5 7} خواهد شد
	// {8 11} گفته شده است
	// {14 16} نخواهند یافت
}
