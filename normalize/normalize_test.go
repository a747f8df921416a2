package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// normCase is one table-test case: in normalizes to want.
type normCase struct {
	in, want string
}

// checkCases runs cases through n.String, and checks idempotence and
// IsNormalized on the way.
func checkCases(t *testing.T, n *Normalizer, cases []normCase) {
	t.Helper()
	for _, c := range cases {
		got := n.String(c.in)
		assert.Equalf(t, c.want, got, "String(%+q)\n got %+q\nwant %+q", c.in, got, c.want)
		assert.Equalf(t, got, n.String(got), "not idempotent on %+q", c.in)
		assert.Truef(t, n.IsNormalized(got), "IsNormalized(%+q) false", got)
		assert.Equalf(t, c.in == c.want, n.IsNormalized(c.in), "IsNormalized(%+q)", c.in)
	}
}

// Letters: Arabic variants of yeh, kaf and heh become the Persian letters;
// hamza forms stay as Persian writes them.
var letterCases = []normCase{
	{"علي", "علی"},
	{"مصطفى", "مصطفی"},
	{"كتاب", "کتاب"},
	{"كشور كوچك", "کشور کوچک"},
	{"ڪار", "کار"},
	{"ھمه", "همه"},
	{"ہمه", "همه"},
	{"خانە", "خانه"},
	{"ٱلله", "الله"},
	{"ۍ", "ی"},
	{"دبيركل", "دبیرکل"},
	{"ﻻ", "لا"},
	{"ﺳﻼﻡ", "سلام"},
	{"ﻛﺘﺎﺏ", "کتاب"},
	{"ﯼ", "ی"},
	// negatives: hamza forms, ة and ۀ, Persian letters, Latin stay
	{"مسئله", "مسئله"},
	{"مؤسسه", "مؤسسه"},
	{"تأثیر", "تأثیر"},
	{"إسلام", "إسلام"},
	{"جزء", "جزء"},
	{"آب", "آب"},
	{"دایرةالمعارف", "دایرةالمعارف"},
	{"خانۀ", "خانۀ"},
	{"پژوهش گچ", "پژوهش گچ"},
	{"Kali yoga", "Kali yoga"},
	{"يك", "یک"},
	{"كيلو", "کیلو"},
	{"ﻣﻦ", "من"},
	{"ﷲ", "الله"},
	// more negatives
	{"ئیلام", "ئیلام"},
	{"رئیس", "رئیس"},
}

func TestLetters(t *testing.T) { checkCases(t, defaultNormalizer(), letterCases) }

// Digits: Arabic-Indic become Persian; Latin become Persian in Persian
// context only; separators between Persian digits.
var digitCases = []normCase{
	{"٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"},
	{"سال ١٤٠٢", "سال ۱۴۰۲"},
	{"سال 1402", "سال ۱۴۰۲"},
	{"22 نفر", "۲۲ نفر"},
	{"کد خبر: 1402081500456", "کد خبر: ۱۴۰۲۰۸۱۵۰۰۴۵۶"},
	{"۱۲.۵ درصد", "۱۲٫۵ درصد"},
	{"12.5 درصد", "۱۲٫۵ درصد"},
	{"۱,۲۰۰ نفر", "۱٬۲۰۰ نفر"},
	{"1,200,000 تومان", "۱٬۲۰۰٬۰۰۰ تومان"},
	{"ساعت 22:30", "ساعت ۲۲:۳۰"},
	{"تاریخ 1402/08/15", "تاریخ ۱۴۰۲/۰۸/۱۵"},
	{"۵٪ رشد", "۵٪ رشد"},
	// negatives: Latin words, identifiers, URLs, e-mails, dates with dots,
	// Latin neighbours
	{"ویروس COVID-19 شایع شد", "ویروس COVID-19 شایع شد"},
	{"جنگنده F-16", "جنگنده F-16"},
	{"نشانی bultannews@gmail.com", "نشانی bultannews@gmail.com"},
	{"سایت https://example.com/a/2024", "سایت https://example.com/a/2024"},
	{"سایت www.irna.ir/news/123", "سایت www.irna.ir/news/123"},
	{"گوشی iPhone 15", "گوشی iPhone 15"},
	{"version 2 is out", "version 2 is out"},
	{"۱۴۰۲.۰۸.۱۵", "۱۴۰۲.۰۸.۱۵"},
	{"۱,۲۳۴۵", "۱,۲۳۴۵"},
	{"۲۲:۳۰", "۲۲:۳۰"},
	{"۱۲٫۵", "۱۲٫۵"},
	{"٥٣ کشور", "۵۳ کشور"},
	{"۱۷۰ کشور", "۱۷۰ کشور"},
	{"حدود 50 درصد", "حدود ۵۰ درصد"},
	{"3.14", "۳٫۱۴"},
	// more negatives
	{"mp3 فایل", "mp3 فایل"},
	{"H2O آب", "H2O آب"},
	{"Windows 11 نصب", "Windows 11 نصب"},
}

func TestDigits(t *testing.T) { checkCases(t, defaultNormalizer(), digitCases) }

func TestDigitOptions(t *testing.T) {
	checkCases(t, New(Digits(Latin)), []normCase{
		{"سال ۱۴۰۲", "سال 1402"},
		{"سال ١٤٠٢", "سال 1402"},
		{"سال 1402", "سال 1402"},
	})
	checkCases(t, New(Digits(Keep)), []normCase{
		{"سال ١٤٠٢", "سال ١٤٠٢"},
		{"سال 1402", "سال 1402"},
		{"سال ۱۴۰۲", "سال ۱۴۰۲"},
	})
	checkCases(t, New(Separators(Latin)), []normCase{
		{"۱۲٫۵", "۱۲.۵"},
		{"۱٬۲۰۰", "۱,۲۰۰"},
		{"سال، ماه", "سال، ماه"},
	})
	checkCases(t, New(Separators(Keep)), []normCase{
		{"۱۲.۵ درصد", "۱۲.۵ درصد"},
		{"۱,۲۰۰", "۱,۲۰۰"},
	})
}

// Kashida, diacritics and invisible characters are removed; ZWNJ is not.
var removalCases = []normCase{
	{"پایــان", "پایان"},
	{"همـکاری", "همکاری"},
	{"کِتاب", "کتاب"},
	{"مُحَمَّد", "محمد"},
	{"حتماً", "حتما"},
	{"\ufeffسلام", "سلام"},
	{"سلام\u200e", "سلام"},
	{"\u200fسلام\u200f", "سلام"},
	{"\u202bسلام\u202c", "سلام"},
	{"سل\u200bام", "سلام"},
	{"سل\u00adام", "سلام"},
	{"\u2067سلام\u2069", "سلام"},
	{"سلام\u061c", "سلام"},
	// negatives: ZWNJ between letters, ZWJ in emoji, plain text
	{"می\u200cروم", "می\u200cروم"},
	{"کتاب\u200cها", "کتاب\u200cها"},
	{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
	{"سلام", "سلام"},
	{"", ""},
	{"بِسْمِ", "بسم"},
	{"مؤسّسه", "مؤسسه"},
	{"الـــف", "الف"},
	// more negatives
	{"x\u200dy", "x\u200dy"},
}

func TestRemovals(t *testing.T) { checkCases(t, defaultNormalizer(), removalCases) }

func TestRemovalOptions(t *testing.T) {
	checkCases(t, New(KeepKashida()), []normCase{{"پایــان", "پایــان"}, {"کِتاب", "کتاب"}})
	checkCases(t, New(KeepDiacritics()), []normCase{{"کِتاب", "کِتاب"}, {"حتماً", "حتماً"}, {"پایــان", "پایان"}})
	checkCases(t, New(KeepInvisibles()), []normCase{{"سلام\u200e", "سلام\u200e"}, {"\ufeffسلام", "\ufeffسلام"}})
	checkCases(t, New(KeepArabicLetters()), []normCase{{"علي كتاب", "علي كتاب"}, {"ﻛﺘﺎﺏ", "كتاب"}})
}

// Spaces: exotic spaces become spaces, runs collapse, line edges are
// trimmed, lines are kept.
var spaceCases = []normCase{
	{"سلام\u00a0دنیا", "سلام دنیا"},
	{"سلام\u2009دنیا", "سلام دنیا"},
	{"سلام\u3000دنیا", "سلام دنیا"},
	{"سلام\u202fدنیا", "سلام دنیا"},
	{"سلام   دنیا", "سلام دنیا"},
	{"سلام\t\tدنیا", "سلام دنیا"},
	{"  سلام دنیا  ", "سلام دنیا"},
	{"سلام  \nدنیا  ", "سلام\nدنیا"},
	{"الف\r\nب  \r\n", "الف\r\nب\r\n"},
	// negatives: line structure, blank lines
	{"الف\n\nب", "الف\n\nب"},
	{"\n\n", "\n\n"},
	{"الف\n", "الف\n"},
	{"a b", "a b"},
	{"سلام\u2003دنیا", "سلام دنیا"},
	{"\u00a0سلام", "سلام"},
	{"سلام \t دنیا", "سلام دنیا"},
	// more negatives
	{"الف\nب\nج", "الف\nب\nج"},
}

func TestSpaces(t *testing.T) { checkCases(t, defaultNormalizer(), spaceCases) }

func TestSpaceOptions(t *testing.T) {
	checkCases(t, New(KeepSpaces()), []normCase{
		{"سلام   دنیا ", "سلام   دنیا "},
		{"سلام\u00a0دنیا", "سلام\u00a0دنیا"},
		{" سلام", " سلام"},
	})
}

// Punctuation: no space before closing punctuation, one after; none after
// opening; Latin , ; ? in Persian context become ، ؛ ؟; straight quotes
// become guillemets.
var punctCases = []normCase{
	{"سلام ، دنیا", "سلام، دنیا"},
	{"سلام ،دنیا", "سلام، دنیا"},
	{"سلام،دنیا", "سلام، دنیا"},
	{"آلمان،فرانسه", "آلمان، فرانسه"},
	{"کردند .", "کردند."},
	{"کردند.ما", "کردند. ما"},
	{"گفت :", "گفت:"},
	{"گفت:این", "گفت: این"},
	{"چرا ؟", "چرا؟"},
	{"عجب !", "عجب!"},
	{"الف ؛ ب", "الف؛ ب"},
	{"« سلام »", "«سلام»"},
	{"«سلام»گفت", "«سلام» گفت"},
	{"گفت«سلام»", "گفت «سلام»"},
	{"( سلام )", "(سلام)"},
	{"(سلام)گفت", "(سلام) گفت"},
	{"تسنیم,", "تسنیم،"},
	{"تسنیم, خبر", "تسنیم، خبر"},
	{"شود;", "شود؛"},
	{"دارد?", "دارد؟"},
	{"است?»", "است؟»"},
	{"خود ,", "خود،"},
	{"\"سلام\" گفت", "«سلام» گفت"},
	{"گفت: \"سلام\".", "گفت: «سلام»."},
	{"\u201cسلام\u201d", "«سلام»"},
	// negatives: URLs, e-mails, numbers, decimals, times, ellipses,
	// abbreviations, Latin text
	{"bultannews@gmail.com", "bultannews@gmail.com"},
	{"نشانی http://a.com/x?y=1,2 است", "نشانی http://a.com/x?y=1,2 است"},
	{"ساعت ۲۲:۳۰", "ساعت ۲۲:۳۰"},
	{"۱۲٫۵", "۱۲٫۵"},
	{"ادامه دارد...", "ادامه دارد..."},
	{"ادامه دارد ...", "ادامه دارد ..."},
	{"۱۴۰۲ ه.ش", "۱۴۰۲ ه.ش"},
	{"Hello, world?", "Hello, world?"},
	{"say \"hi\" now", "say \"hi\" now"},
	{"U.S. and U.K.", "U.S. and U.K."},
	{"سلام .NET", "سلام .NET"},
	{"۱۱:۲۴ - ۱۵ آبان", "۱۱:۲۴ - ۱۵ آبان"},
	{"یمنی-یمنی", "یمنی-یمنی"},
	{"انتهای پیام/", "انتهای پیام/"},
	{"است،اما", "است، اما"},
	{"شود،با", "شود، با"},
	{"ماست .", "ماست."},
	{"ظرفیت خود ،", "ظرفیت خود،"},
	{"گفت: «سلام»", "گفت: «سلام»"},
	// more negatives
	{"a,b", "a,b"},
	{"۱,۲", "۱,۲"},
	{"x ?", "x ?"},
}

func TestPunctuation(t *testing.T) { checkCases(t, defaultNormalizer(), punctCases) }

func TestPunctuationOptions(t *testing.T) {
	checkCases(t, New(KeepPunctuationSpacing()), []normCase{
		{"سلام ، دنیا", "سلام ، دنیا"},
		{"سلام،دنیا", "سلام،دنیا"},
		{"« سلام »", "« سلام »"},
	})
	checkCases(t, New(KeepLatinPunctuation()), []normCase{
		{"تسنیم, خبر", "تسنیم, خبر"},
		{"دارد?", "دارد?"},
	})
	checkCases(t, New(KeepQuotes()), []normCase{
		{"\"سلام\" گفت", "\"سلام\" گفت"},
	})
}

// ZWNJ cleanup: none after a non-joining letter, at word edges, doubled or
// beside a space.
var zwnjCases = []normCase{
	{"کشور\u200cها", "کشورها"},
	{"دیدار\u200cها", "دیدارها"},
	{"\u200cسلام", "سلام"},
	{"سلام\u200c", "سلام"},
	{"می\u200c\u200cروم", "می\u200cروم"},
	{"سلام \u200cدنیا", "سلام دنیا"},
	{"سلام\u200c دنیا", "سلام دنیا"},
	{"سلام \u200c دنیا", "سلام دنیا"},
	{"سلام\u200c.", "سلام."},
	{"سلام.\u200cدنیا", "سلام. دنیا"},
	{"abc\u200cdef", "abcdef"},
	{"۱۲\u200c۳", "۱۲۳"},
	// negatives: correct ZWNJs stay
	{"می\u200cروم", "می\u200cروم"},
	{"خانه\u200cها", "خانه\u200cها"},
	{"بزرگ\u200cترین", "بزرگ\u200cترین"},
	{"نشان\u200cدهنده", "نشان\u200cدهنده"},
	{"همان\u200cطور", "همان\u200cطور"},
	{"گفت\u200cوگو", "گفت\u200cوگو"},
	{"درود\u200cها", "درودها"},
	{"آ\u200cب", "آب"},
	{"سلام\u200c،", "سلام،"},
	// more negatives
	{"هیچ\u200cکس", "هیچ\u200cکس"},
}

func TestZWNJCleanup(t *testing.T) { checkCases(t, defaultNormalizer(), zwnjCases) }

func TestZWNJOptions(t *testing.T) {
	checkCases(t, New(KeepZWNJ()), []normCase{
		{"کشور\u200cها", "کشور\u200cها"},
		{"\u200cسلام", "\u200cسلام"},
		{"تروریستها", "تروریستها"},
		{"می توانید", "می توانید"},
	})
	checkCases(t, New(KeepGluedWords()), []normCase{
		{"تروریستها", "تروریستها"},
		{"می توانید", "می\u200cتوانید"},
	})
	checkCases(t, New(KeepSpacedWords()), []normCase{
		{"تروریستها", "تروریست\u200cها"},
		{"می توانید", "می توانید"},
	})
}

// ZWNJ restoration: glued words and spaced affixes get their ZWNJ from the
// lexicon; words that merely look affixed stay whole.
var restoreCases = []normCase{
	{"تروریستها", "تروریست\u200cها"},
	{"میشناسند", "می\u200cشناسند"},
	{"سهجانبه", "سه\u200cجانبه"},
	{"گروههای", "گروه\u200cهای"},
	{"عادیسازی", "عادی\u200cسازی"},
	{"فاجعهآمیز", "فاجعه\u200cآمیز"},
	{"بودهایم", "بوده\u200cایم"},
	{"بیگناه", "بی\u200cگناه"},
	{"کمکرسانی", "کمک\u200cرسانی"},
	{"انساندوستانه", "انسان\u200cدوستانه"},
	{"تروریستها.", "تروریست\u200cها."},
	{"«تروریستها»", "«تروریست\u200cها»"},
	{"می توانید", "می\u200cتوانید"},
	{"نمی شود", "نمی\u200cشود"},
	{"کتاب ها", "کتاب\u200cها"},
	{"کتاب های", "کتاب\u200cهای"},
	{"بی گناه", "بی\u200cگناه"},
	{"فاجعه آمیز", "فاجعه\u200cآمیز"},
	{"بوده ایم", "بوده\u200cایم"},
	{"مهم ترین", "مهم\u200cترین"},
	{"کشور ها", "کشورها"},
	{"خانه ها.", "خانه\u200cها."},
	// negatives: words that only look split, words across punctuation
	{"میز", "میز"},
	{"میدان", "میدان"},
	{"میلیون", "میلیون"},
	{"میانه", "میانه"},
	{"تنها", "تنها"},
	{"رها", "رها"},
	{"نهایی", "نهایی"},
	{"کتاب، ها", "کتاب، ها"},
	{"او می", "او می"},
	{"گامهای", "گام\u200cهای"},
	{"دولتهای", "دولت\u200cهای"},
	// more negatives
	{"خانه", "خانه"},
	{"کشورها", "کشورها"},
}

func TestRestoration(t *testing.T) { checkCases(t, defaultNormalizer(), restoreCases) }

// Mixed lines combine every family.
var mixedCases = []normCase{
	{"به گزارش بولتن نیوز،محمدجواد ظريف گفت : تروريستها مي توانند ٥٣ بار", "به گزارش بولتن نیوز، محمدجواد ظریف گفت: تروریست\u200cها می\u200cتوانند ۵۳ بار"},
	{"شما می توانید مطالب خود را ارسال کنید.  \nbultannews@gmail.com", "شما می\u200cتوانید مطالب خود را ارسال کنید.\nbultannews@gmail.com"},
	{"در سال 2024 جنگنده F-16 خرید", "در سال ۲۰۲۴ جنگنده F-16 خرید"},
}

func TestMixed(t *testing.T) { checkCases(t, defaultNormalizer(), mixedCases) }

func TestCaseCount(t *testing.T) {
	n := len(letterCases) + len(digitCases) + len(removalCases) + len(spaceCases) +
		len(punctCases) + len(zwnjCases) + len(restoreCases) + len(mixedCases)
	assert.GreaterOrEqual(t, n, 180)
}
