package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/sokhan-nlp/sokhan/normalize"
)

func ExampleString() {
	fmt.Printf("%q\n", normalize.String("تروريستها مي توانند ٥٣ بار ,  گفت :"))
	// Output: "تروریست\u200cها می\u200cتوانند ۵۳ بار، گفت:"
}

func ExampleBytes() {
	fmt.Printf("%q\n", normalize.Bytes([]byte("كشور ها")))
	// Output: "کشورها"
}

func ExampleAppendString() {
	buf := []byte("> ")
	buf = normalize.AppendString(buf, "سهجانبه")
	fmt.Printf("%q\n", buf)
	// Output: "> سه\u200cجانبه"
}

func ExampleIsNormalized() {
	fmt.Println(normalize.IsNormalized("می\u200cروم"), normalize.IsNormalized("مي روم"))
	// Output: true false
}

func ExampleFold() {
	fmt.Println(normalize.Fold("می\u200cروم") == normalize.Fold("ميروم"))
	fmt.Printf("%q\n", normalize.Fold("كتاب\u200cها ١٢"))
	// Output:
	// true
	// "کتابها 12"
}

func ExampleRunes() {
	// The rune stage chains with other transformers.
	t := transform.Chain(norm.NFC, normalize.Runes())
	s, _, _ := transform.String(t, "علي ٥٣")
	fmt.Println(s)
	// Output: علی ۵۳
}

func ExampleTransformer() {
	s, _, _ := transform.String(normalize.Transformer(), "ظرفیت های خود ،بیش از 50 درصد")
	fmt.Printf("%q\n", s)
	// Output: "ظرفیت\u200cهای خود، بیش از ۵۰ درصد"
}

func ExampleNewReader() {
	r := normalize.NewReader(strings.NewReader("سلام ، دنيا\nخداحافظ  .\n"))
	io.Copy(os.Stdout, r)
	// Output:
	// سلام، دنیا
	// خداحافظ.
}

func ExampleNew() {
	n := normalize.New(normalize.Digits(normalize.Latin), normalize.KeepZWNJ())
	fmt.Println(n.String("سال ١٤٠٢"))
	// Output: سال 1402
}

func ExampleNormalizer_String() {
	n := normalize.New(normalize.KeepDiacritics())
	fmt.Println(n.String("مُحَمَّد"))
	// Output: مُحَمَّد
}

func ExampleNormalizer_Bytes() {
	n := normalize.New()
	fmt.Printf("%s\n", n.Bytes([]byte("كتاب")))
	// Output: کتاب
}

func ExampleNormalizer_AppendString() {
	n := normalize.New(normalize.KeepQuotes())
	fmt.Printf("%s\n", n.AppendString(nil, "\"سلام\""))
	// Output: "سلام"
}

func ExampleNormalizer_IsNormalized() {
	n := normalize.New(normalize.KeepSpaces())
	fmt.Println(n.IsNormalized("سلام  دنیا"), normalize.IsNormalized("سلام  دنیا"))
	// Output: true false
}

func ExampleNormalizer_Runes() {
	n := normalize.New(normalize.KeepKashida())
	s, _, _ := transform.String(n.Runes(), "پایــان كار")
	fmt.Println(s)
	// Output: پایــان کار
}

func ExampleNormalizer_Transformer() {
	n := normalize.New(normalize.KeepPunctuationSpacing())
	s, _, _ := transform.String(n.Transformer(), "سلام ، دنيا")
	fmt.Println(s)
	// Output: سلام ، دنیا
}

func ExampleNormalizer_NewReader() {
	n := normalize.New(normalize.Digits(normalize.Keep))
	b, _ := io.ReadAll(n.NewReader(strings.NewReader("سال 1402")))
	fmt.Println(string(b))
	// Output: سال 1402
}

func ExampleDigits() {
	fmt.Println(normalize.String("سال 1402، COVID-19"))
	fmt.Println(normalize.New(normalize.Digits(normalize.Latin)).String("سال ۱۴۰۲"))
	// Output:
	// سال ۱۴۰۲، COVID-19
	// سال 1402
}

func ExampleSeparators() {
	fmt.Println(normalize.String("۱۲.۵ و ۱,۲۰۰"))
	fmt.Println(normalize.New(normalize.Separators(normalize.Latin)).String("۱۲٫۵"))
	// Output:
	// ۱۲٫۵ و ۱٬۲۰۰
	// ۱۲.۵
}

func ExampleKeepArabicLetters() {
	fmt.Println(normalize.New(normalize.KeepArabicLetters()).String("علي"))
	// Output: علي
}

func ExampleKeepKashida() {
	fmt.Println(normalize.New(normalize.KeepKashida()).String("پایــان"))
	// Output: پایــان
}

func ExampleKeepDiacritics() {
	fmt.Println(normalize.New(normalize.KeepDiacritics()).String("کِتاب"))
	// Output: کِتاب
}

func ExampleKeepInvisibles() {
	fmt.Printf("%q\n", normalize.New(normalize.KeepInvisibles()).String("سلام\u200f"))
	// Output: "سلام\u200f"
}

func ExampleKeepSpaces() {
	fmt.Printf("%q\n", normalize.New(normalize.KeepSpaces()).String(" سلام  دنیا "))
	// Output: " سلام  دنیا "
}

func ExampleKeepPunctuationSpacing() {
	fmt.Println(normalize.New(normalize.KeepPunctuationSpacing()).String("سلام ،دنیا"))
	// Output: سلام ،دنیا
}

func ExampleKeepLatinPunctuation() {
	fmt.Println(normalize.New(normalize.KeepLatinPunctuation()).String("چرا?"))
	// Output: چرا?
}

func ExampleKeepQuotes() {
	fmt.Println(normalize.New(normalize.KeepQuotes()).String("\"سلام\""))
	// Output: "سلام"
}

func ExampleKeepZWNJ() {
	fmt.Printf("%q\n", normalize.New(normalize.KeepZWNJ()).String("کشور\u200cها"))
	// Output: "کشور\u200cها"
}

func ExampleKeepGluedWords() {
	fmt.Println(normalize.New(normalize.KeepGluedWords()).String("تروریستها"))
	// Output: تروریستها
}

func ExampleKeepSpacedWords() {
	fmt.Println(normalize.New(normalize.KeepSpacedWords()).String("می توانید"))
	// Output: می توانید
}
