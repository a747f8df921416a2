package tokenize

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// show renders the tokens of text as "Text/Kind" separated by spaces.
func show(text string) string {
	var b strings.Builder
	for t := range Tokens(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteString(t.Kind.String())
	}
	return b.String()
}

type tokenCase struct {
	in, want string
}

// tokenCases groups the tokenizer's rules; each group lists the tricky cases
// and their negatives.
var tokenCases = map[string][]tokenCase{
	// Persian words: ZWNJ stays inside a word, white space separates.
	"words": {
		{"سلام", "سلام/Word"},
		{"می\u200cروم", "می\u200cروم/Word"},
		{"کتاب\u200cهای\u200cشان", "کتاب\u200cهای\u200cشان/Word"},
		{"سه\u200cجانبه امروز", "سه\u200cجانبه/Word امروز/Word"},
		{"  دو   فاصله  ", "دو/Word فاصله/Word"},
		{"\tزبانه\u00a0فاصله", "زبانه/Word فاصله/Word"},
		{"مَدرسهٔ", "مَدرسهٔ/Word"},
		{"کـــتاب", "کـــتاب/Word"},
		{"\u200cآغاز", "\u200cآغاز/Word"},
		{"پایان\u200c بعد", "پایان\u200c/Word بعد/Word"},
		{"\u200c", "\u200c/Other"},
		{"ایران-روسیه", "ایران/Word -/Punct روسیه/Word"},
		{"Лавров گفت", "Лавров/Word گفت/Word"},
	},
	// Punctuation splits off words; runs of final marks are one token.
	"punctuation": {
		{"سلام،", "سلام/Word ،/Punct"},
		{"الف؛ب", "الف/Word ؛/Punct ب/Word"},
		{"چرا؟", "چرا/Word ؟/Punct"},
		{"«سلام»", "«/Punct سلام/Word »/Punct"},
		{"(ع)", "(/Punct ع/Word )/Punct"},
		{"گفت:", "گفت/Word :/Punct"},
		{"واقعا؟!", "واقعا/Word ؟!/Punct"},
		{"خب...", "خب/Word .../Punct"},
		{"خب…", "خب/Word …/Punct"},
		{"!!!", "!!!/Punct"},
		{"a, b", "a/Latin ,/Punct b/Latin"},
		{"\"quoted\"", "\"/Punct quoted/Latin \"/Punct"},
		{"$۱۰۰", "$/Symbol ۱۰۰/Number"},
		{"۲ + ۲ = ۴", "۲/Number +/Symbol ۲/Number =/Symbol ۴/Number"},
		{"٪ تنها", "٪/Symbol تنها/Word"},
		{"— خط", "—/Punct خط/Word"},
	},
	// Numbers stay whole with digits of any script and their separators.
	"numbers": {
		{"۱۲۳", "۱۲۳/Number"},
		{"123", "123/Number"},
		{"١٢٣", "١٢٣/Number"},
		{"۱۲٫۵", "۱۲٫۵/Number"},
		{"۱٬۲۰۰٬۰۰۰", "۱٬۲۰۰٬۰۰۰/Number"},
		{"3.14", "3.14/Number"},
		{"1,200,000", "1,200,000/Number"},
		{"۱۴۰۳/۰۲/۱۵", "۱۴۰۳/۰۲/۱۵/Number"},
		{"۲۲:۳۰", "۲۲:۳۰/Number"},
		{"۲۵٪", "۲۵٪/Number"},
		{"25%", "25%/Number"},
		{"۱۲٫۵٪", "۱۲٫۵٪/Number"},
		{"۱۲3", "۱۲3/Number"},
		{"سال ۱۴۰۳.", "سال/Word ۱۴۰۳/Number ./Punct"},
		{"۱۲، ۱۳", "۱۲/Number ،/Punct ۱۳/Number"},
		{"۱۲:", "۱۲/Number :/Punct"},
		{"۱۰-۲۰", "۱۰/Number -/Punct ۲۰/Number"},
		{"جذب714 میلیارد", "جذب/Word 714/Number میلیارد/Word"},
		{"۲۵ساله", "۲۵/Number ساله/Word"},
		{".۵", "./Punct ۵/Number"},
	},
	// Ordinals are one Number token; a longer word after digits is not.
	"ordinals": {
		{"۱۲ام", "۱۲ام/Number"},
		{"۵مین دوره", "۵مین/Number دوره/Word"},
		{"۳\u200cامین", "۳\u200cامین/Number"},
		{"۲۰امين", "۲۰امين/Number"},
		{"۲امید", "۲/Number امید/Word"},
		{"۴مینا", "۴/Number مینا/Word"},
		{"۱۲ام،", "۱۲ام/Number ،/Punct"},
	},
	// URLs: a scheme or www., or a bare domain with a known TLD.
	"urls": {
		{"https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2/URL"},
		{"http://irna.ir.", "http://irna.ir/URL ./Punct"},
		{"www.bbc.com/persian،", "www.bbc.com/persian/URL ،/Punct"},
		{"(https://x.org/a_(b))", "(/Punct https://x.org/a_(b)/URL )/Punct"},
		{"https://fa.wikipedia.org/wiki/ایران خوب", "https://fa.wikipedia.org/wiki/ایران/URL خوب/Word"},
		{"«https://t.co/x»", "«/Punct https://t.co/x/URL »/Punct"},
		{"irna.ir", "irna.ir/URL"},
		{"news.bbc.co.uk/persian/x", "news.bbc.co.uk/persian/x/URL"},
		{"HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM/URL"},
		{"http:// جدا", "http/Latin :/Punct //Punct //Punct جدا/Word"},
		{"Node.js", "Node/Latin ./Punct js/Latin"},
	},
	// E-mail addresses are one token; a lone @ or a bad domain is not one.
	"emails": {
		{"bultannews@gmail.com", "bultannews@gmail.com/Email"},
		{"a.b+c@mail.example.ir.", "a.b+c@mail.example.ir/Email ./Punct"},
		{"نشانی: info@irna.ir،", "نشانی/Word :/Punct info@irna.ir/Email ،/Punct"},
		{"0912@x.com", "0912@x.com/Email"},
		{"user@localhost", "user/Latin @localhost/Mention"},
		{"a@b.c", "a/Latin @b/Mention ./Punct c/Latin"},
	},
	// Mentions and hashtags, Persian too, with '_' and ZWNJ.
	"social": {
		{"@irna_fa", "@irna_fa/Mention"},
		{"@خبرگزاری", "@خبرگزاری/Mention"},
		{"#خبر_فوری", "#خبر_فوری/Hashtag"},
		{"#ایران\u200cما", "#ایران\u200cما/Hashtag"},
		{"#COVID19،", "#COVID19/Hashtag ،/Punct"},
		{"#۱", "#/Punct ۱/Number"},
		{"# فاصله", "#/Punct فاصله/Word"},
		{"@ فاصله", "@/Punct فاصله/Word"},
		{"#tag#two", "#tag/Hashtag #two/Hashtag"},
	},
	// Emoji sequences are one token each.
	"emoji": {
		{"😀", "😀/Emoji"},
		{"👍🏽", "👍🏽/Emoji"},
		{"👩\u200d💻", "👩\u200d💻/Emoji"},
		{"👨\u200d👩\u200d👧\u200d👦", "👨\u200d👩\u200d👧\u200d👦/Emoji"},
		{"🇮🇷🇷🇺", "🇮🇷/Emoji 🇷🇺/Emoji"},
		{"1️⃣", "1️⃣/Emoji"},
		{"#️⃣", "#️⃣/Emoji"},
		{"❤️سلام", "❤️/Emoji سلام/Word"},
		{"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F/Emoji"},
		{"©", "©/Symbol"},
		{"©\ufe0f", "©\ufe0f/Emoji"},
		{"😀😀", "😀/Emoji 😀/Emoji"},
	},
	// Latin words and acronyms stay whole.
	"latin": {
		{"F-16", "F-16/Latin"},
		{"COVID-19", "COVID-19/Latin"},
		{"5G", "5G/Latin"},
		{"MP3", "MP3/Latin"},
		{"O'Brien", "O'Brien/Latin"},
		{"state-of-the-art", "state-of-the-art/Latin"},
		{"ICTروستایی", "ICT/Latin روستایی/Word"},
		{"Café", "Café/Latin"},
		{"-F", "-/Punct F/Latin"},
		{"F-", "F/Latin -/Punct"},
	},
	// Abbreviations with dots stay whole.
	"abbreviations": {
		{"ج.ا.ا", "ج.ا.ا/Word"},
		{"ق.م", "ق.م/Word"},
		{"۵۰۰ ق.م.", "۵۰۰/Number ق.م/Word ./Punct"},
		{"ه.ش", "ه.ش/Word"},
		{"ه.ق", "ه.ق/Word"},
		{"U.S.", "U.S./Latin"},
		{"U.S officials", "U.S/Latin officials/Latin"},
		{"e.g. this", "e.g./Latin this/Latin"},
		{"Dr. Smith", "Dr./Latin Smith/Latin"},
		{"Ph.D.", "Ph.D./Latin"},
		{"etc.", "etc/Latin ./Punct"},
		{"م. احمدی", "م/Word ./Punct احمدی/Word"},
		{"م.احمدی", "م/Word ./Punct احمدی/Word"},
		{"است.وی", "است/Word ./Punct وی/Word"},
	},
	// Raw (not normalized) text is tokenized sensibly too.
	"raw": {
		{"بانكي", "بانكي/Word"},
		{"وي گفت", "وي/Word گفت/Word"},
		{"در 300 دفتر", "در/Word 300/Number دفتر/Word"},
		{"نرم افزار،تست", "نرم/Word افزار/Word ،/Punct تست/Word"},
		{"ﻻ", "ﻻ/Word"},
		{"سال٨٧", "سال/Word ٨٧/Number"},
		{"a\r\nb", "a/Latin b/Latin"},
		{"\ufeffسلام", "\ufeff/Other سلام/Word"},
	},
	// Invalid UTF-8: each invalid byte is an Other token of one byte.
	"invalid": {
		{"\xff", "\xff/Other"},
		{"سل\xffام", "سل/Word \xff/Other ام/Word"},
		{"\xd8", "\xd8/Other"},
		{"ab\xe2\x80", "ab/Latin \xe2/Other \x80/Other"},
		{"", ""},
		{" \n\t ", ""},
	},
}

func TestTokens(t *testing.T) {
	n := 0
	for group, cases := range tokenCases {
		for _, c := range cases {
			n++
			assert.Equal(t, c.want, show(c.in), "%s: %+q", group, c.in)
		}
	}
	t.Logf("%d token cases", n)
}

// sentenceCases lists input texts and the sentences they must split into.
var sentenceCases = map[string][]struct {
	in   string
	want []string
}{
	// Final marks followed by white space or the end of the text.
	"final marks": {
		{"او آمد. ما رفتیم.", []string{"او آمد.", "ما رفتیم."}},
		{"آیا آمد؟ نه!", []string{"آیا آمد؟", "نه!"}},
		{"واقعا؟! بله", []string{"واقعا؟!", "بله"}},
		{"خب... بعد", []string{"خب...", "بعد"}},
		{"خب… بعد", []string{"خب…", "بعد"}},
		{"Yes. No? Ok!", []string{"Yes.", "No?", "Ok!"}},
		{"بدون نقطه", []string{"بدون نقطه"}},
		{"", nil},
		{"  ", nil},
		{"است.وی گفت", []string{"است.", "وی گفت"}},
	},
	// A colon, a comma or a semicolon never ends a sentence.
	"non-final": {
		{"وی گفت: این خوب است.", []string{"وی گفت: این خوب است."}},
		{"او گفت:» سپس", []string{"او گفت:» سپس"}},
		{"الف، ب؛ ج", []string{"الف، ب؛ ج"}},
	},
	// Quotes: a full stop inside ends a sentence; the closer stays with it.
	"quotes": {
		{"او گفت: «این خوب است.» سپس رفت.", []string{"او گفت: «این خوب است.»", "سپس رفت."}},
		{"گفت: «الف است. ب است.» و رفت", []string{"گفت: «الف است.", "ب است.»", "و رفت"}},
		{"«چرا؟» پرسید.", []string{"«چرا؟»", "پرسید."}},
		{"(این است.) بعد", []string{"(این است.)", "بعد"}},
		{"«این است.»، وی افزود", []string{"«این است.»، وی افزود"}},
		{"He said \"no.\" Then left.", []string{"He said \"no.\"", "Then left."}},
		{"«گفت:» نه", []string{"«گفت:» نه"}},
		{"عالی بود!😍 فردا", []string{"عالی بود!😍", "فردا"}},
		{"(«است.») بعد", []string{"(«است.»)", "بعد"}},
		{"این کار (!) خوب است.", []string{"این کار (!) خوب است."}},
	},
	// No end at a dot inside a number, URL, e-mail or abbreviation.
	"dots inside": {
		{"رشد ۱۲.۵ درصد بود.", []string{"رشد ۱۲.۵ درصد بود."}},
		{"نرخ 3.5 شد. بعد", []string{"نرخ 3.5 شد.", "بعد"}},
		{"به www.irna.ir بروید.", []string{"به www.irna.ir بروید."}},
		{"به irna.ir بروید. بعد", []string{"به irna.ir بروید.", "بعد"}},
		{"به a.b@gmail.com بنویسید.", []string{"به a.b@gmail.com بنویسید."}},
		{"سفیر ج.ا.ا در مسکو", []string{"سفیر ج.ا.ا در مسکو"}},
		{"the U.S. officials", []string{"the U.S. officials"}},
		{"Dr. Smith came.", []string{"Dr. Smith came."}},
		{"ساعت ۲۲:۳۰ بود.", []string{"ساعت ۲۲:۳۰ بود."}},
		{"رفت. http://x.com/a. بعد", []string{"رفت.", "http://x.com/a.", "بعد"}},
	},
	// A one-letter word before a dot is an initial.
	"initials": {
		{"دکتر م. احمدی آمد.", []string{"دکتر م. احمدی آمد."}},
		{"J. Smith came.", []string{"J. Smith came."}},
		{"ع. م. رضایی", []string{"ع. م. رضایی"}},
		{"حرف ب. بعد", []string{"حرف ب. بعد"}},
		{"کلمه بب. بعد", []string{"کلمه بب.", "بعد"}},
		// Initials of one-letter parts joined by dots.
		{"م.ع. احمدی گفت.", []string{"م.ع. احمدی گفت."}},
		{"به گفته دکتر م.ع. احمدی، کار تمام شد.", []string{"به گفته دکتر م.ع. احمدی، کار تمام شد."}},
		// Negatives: a date's era, and such parts after a number.
		{"در سال ۵۰۰ ق.م. سپس رفت.", []string{"در سال ۵۰۰ ق.م.", "سپس رفت."}},
		{"در قرن پنجم ق.م. بود.", []string{"در قرن پنجم ق.م.", "بود."}},
		{"ساعت ۵ ب.ظ. رسید.", []string{"ساعت ۵ ب.ظ.", "رسید."}},
	},
	// An enumerator number at the start of a sentence.
	"enumerators": {
		{"۱. مقدمه", []string{"۱. مقدمه"}},
		{"ماده ۵. بعد", []string{"ماده ۵.", "بعد"}},
	},
	// A line break ends a paragraph and a sentence.
	"lines": {
		{"سطر اول\nسطر دوم", []string{"سطر اول", "سطر دوم"}},
		{"بی نقطه\r\nبعدی.", []string{"بی نقطه", "بعدی."}},
		{"الف\n\n\nب", []string{"الف", "ب"}},
		{"گفت:\nاین", []string{"گفت:", "این"}},
		{"\n\nآغاز", []string{"آغاز"}},
		{"الف\u2029ب", []string{"الف", "ب"}},
	},
}

func sentenceTexts(text string) []string {
	var out []string
	for s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	n := 0
	for group, cases := range sentenceCases {
		for _, c := range cases {
			n++
			assert.Equal(t, c.want, sentenceTexts(c.in), "%s: %+q", group, c.in)
		}
	}
	t.Logf("%d sentence cases", n)
}

func TestParagraphs(t *testing.T) {
	text := "الف. بب.\n\nج\r\nدو. ه"
	var got [][2]any
	for s := range Sentences(text) {
		got = append(got, [2]any{text[s.Start:s.End], s.Paragraph})
	}
	assert.Equal(t, [][2]any{{"الف.", 0}, {"بب.", 0}, {"ج", 1}, {"دو.", 2}, {"ه", 2}}, got)
}

// TestSentenceTokens checks that Sentence.Tokens indexes the sequence Tokens
// yields and that Split equals collecting both iterators.
func TestSentenceTokens(t *testing.T) {
	text := "او گفت: «این خوب است.» سپس رفت.\nدکتر م. احمدی ۱۲٫۵٪ 👍🏽"
	tokens := slices.Collect(Tokens(text))
	sentences := slices.Collect(Sentences(text))
	require.Len(t, sentences, 3)
	for _, s := range sentences {
		first, last := tokens[s.Tokens.Start], tokens[s.Tokens.End-1]
		assert.Equal(t, s.Start, first.Start)
		assert.Equal(t, s.End, last.End)
	}
	assert.Equal(t, "»", tokens[sentences[0].Tokens.End-1].Text)
	st, ss := Split(text)
	assert.Equal(t, tokens, st)
	assert.Equal(t, sentences, ss)
}

func TestEarlyBreak(t *testing.T) {
	n := 0
	for range Tokens("یک دو سه") {
		n++
		break
	}
	assert.Equal(t, 1, n)
	n = 0
	for range Sentences("یک. دو. سه.") {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "Word", Word.String())
	assert.Equal(t, "Other", Other.String())
	assert.Equal(t, "Kind(42)", Kind(42).String())
}
