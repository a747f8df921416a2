package entity_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/sokhan-nlp/sokhan/entity"
)

// defaultX is an Extractor over the embedded gazetteers, for rules that
// depend on the real lists (common words, first names, surname suffixes).
var defaultX = sync.OnceValue(func() *entity.Extractor {
	x, err := entity.New()
	if err != nil {
		panic(err)
	}
	return x
})

// TestOrdinaryInText: a word the text itself uses as an ordinary word
// (after a determiner, or with a plural suffix, at least twice) is no
// surname after a first name and starts no name.
func TestOrdinaryInText(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"a club and the word team", "این تیم برد. آن تیم باخت. بازی با صبا تیم سابقش بود.",
			nil, []string{"تیم/name"}},
		{"plural suffix is evidence", "تیم\u200cها آمدند و تیم\u200cهای دیگر رفتند. بازی با صبا تیم سابقش بود.",
			nil, []string{"تیم/name"}},
		{"a first name used as a word starts no name", "این گل زیبا بود. هر گل مهم است. یونایتد با دو گل محمد صلاح باخت.",
			[]string{"person:محمد صلاح[]=محمد صلاح/name"}, []string{"گل محمد"}},
		{"a surname used as a word, after a number or an honorific", "عبدالله گل گفت که کار خوب است. این گل زیبا بود و آن گل زشت. آقای گل لیگ برتر آمد.\n۱۵ گل: علی رضایی\nگل تاکید کرد که کار خوب است.",
			[]string{"person:عبدالله گل[رئیس\u200cجمهور ترکیه]=عبدالله گل/name,گل/name"}, nil},
		{"an ordinary word after an honorific", "این حق ماست و هر حق باید ادا شود. آقای حق گفت.",
			nil, []string{"person:"}},
	})
}

// TestCompoundSurname: a compound surname written with a space or a ZWNJ
// is one surname, and its last part alone is no mention.
func TestCompoundSurname(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"spaced then joined", "علی موسوی نژاد گفت که بازی سخت بود. موسوی\u200cنژاد افزود که کار خوب است. نژاد آمد.",
			[]string{"person:علی موسوی نژاد[]=علی موسوی نژاد/name,موسوی\u200cنژاد/name"}, []string{",نژاد/name"}},
		{"joined then spaced", "علی موسوی\u200cنژاد گفت که بازی سخت بود. موسوی نژاد افزود که کار خوب است.",
			[]string{"person:علی موسوی\u200cنژاد[]=علی موسوی\u200cنژاد/name,موسوی نژاد/name"}, nil},
		{"last first name and a suffix", "مهدی رسول پناه گفت: کار خوب است. رسول\u200cپناه افزود که بازی سخت بود.",
			[]string{"person:مهدی رسول پناه[]=مهدی رسول پناه/name,رسول\u200cپناه/name"}, nil},
	})
}

// TestFirstNamesOnly: first names with no surname are a name only when the
// last could be a surname.
func TestFirstNamesOnly(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"repeated first name", "فاطمه فاطمه با رایحه گل آمد", nil, []string{"person:"}},
		{"compound first name without surname", "زره مرتضی علی است", nil, []string{"person:"}},
		{"last first name as surname", "مراد آیدین وزیر تجارت ترکیه گفت",
			[]string{"person:مراد آیدین[وزیر تجارت ترکیه]=مراد آیدین/name,وزیر تجارت ترکیه/role"}, nil},
	})
}

// TestFirstNameAfterHonorific: an honorific and a first name alone («امام
// صادق») name someone by first name; they do not join a person whose
// surname is that word.
func TestFirstNameAfterHonorific(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"known person with that surname", "امام صادق (ع) فرمود. فرزانه صادق گفت. امام صادق (ع) فرمود.",
			[]string{"person:فرزانه صادق[وزیر راه و شهرسازی ایران]=فرزانه صادق/name"}, nil},
		{"person of the text with that surname", "امام رضا (ع) فرمود. علیرضا رضا گفت که کار خوب است.",
			nil, []string{"امام رضا", "=رضا/name,علیرضا"}},
		{"surname used as a word joins only as a subject", "عبدالله گل گفت که کار خوب است. این گل زیبا بود و آن گل زشت. گل دوم را زد. گل تاکید کرد که کار خوب است.",
			[]string{"person:عبدالله گل[رئیس\u200cجمهور ترکیه]=عبدالله گل/name,گل/name"}, nil},
	})
}

// TestPlaceAfterOffice: the word after an office of a place, or after a
// place noun, is a place, not a person.
func TestPlaceAfterOffice(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"governor of a town", "فرماندار بشرویه گفت که کار خوب است.", nil, []string{"person:"}},
		{"organization starting inside the role", "مشاور فرمانده سپاه پاسداران بیان کرد که کار خوب است.",
			[]string{"organization:سپاه پاسداران[]=سپاه پاسداران/name"}, []string{"person:"}},
		{"known surname after a place noun", "خطیب جمعه هریس اظهار داشت که کار خوب است. شهرستان هریس اظهار داشت.",
			nil, []string{"person:"}},
	})
}

// TestAmbiguousPlaces: gazetteer names that are also common words or name
// two things are read by their context.
func TestAmbiguousPlaces(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"Monday is no capital", "روز دوشنبه وزیر آمد. دوشنبه گذشته جلسه بود.", nil, []string{"دوشنبه"}},
		{"Dushanbe after a place cue", "وزیر به شهر دوشنبه رفت.", []string{"location:دوشنبه[]=دوشنبه/name"}, nil},
		{"financial is no country", "وضعیت مالی شرکت خوب است.", nil, []string{"country:"}},
		{"Mali after a cue or in a list", "کشور مالی و نیجر", []string{"country:مالی[]=مالی/name"}, nil},
		{"a cheque is no country", "چک برگشتی داد.", nil, []string{"country:"}},
		{"Fars the agency", "به گزارش فارس، وزیر گفت. در گفت\u200cوگو با فارس گفت.",
			[]string{"organization:فارس[]=فارس/name,فارس/name"}, []string{"location:فارس"}},
		{"Fars the province", "باران در فارس و کرمان آمد. استانداری فارس اعلام کرد.",
			[]string{"location:فارس[]=فارس/name,فارس/name"}, []string{"organization:فارس"}},
		{"the Persian Gulf", "خلیج فارس و دریای عمان", []string{"location:خلیج فارس[]=خلیج فارس/name"}, []string{"organization:"}},
	})
}

// TestArabicAndReligiousPhrases: «علی» before an Arabic word with the
// article is a preposition unless a verb or a role follows; «امام» and
// «حضرت» take only listed names.
func TestArabicAndReligiousPhrases(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"ali as a preposition", "علی المتیقن این است که کار خوب است.", nil, []string{"person:"}},
		{"ali as a name", "علی الحمادی گفت که کار خوب است.", []string{"person:علی الحمادی[]=علی الحمادی/name"}, nil},
		{"imam and an ordinary word", "خط امام اشغال شد.", nil, []string{"person:"}},
		{"imam and a listed name", "امام صادق فرمود.", []string{"person:صادق[]=صادق/name"}, nil},
	})
}

// TestOrdinaryWordForms: possessive forms of ordinary words and compounds
// opened by a function word are no surnames; names that merely end like a
// possessive are.
func TestOrdinaryWordForms(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"my friend", "تنها ایرانی و آریا دوستم که قرار بود بیاید.", nil, []string{"person:"}},
		{"their team", "این تیم و آن تیم. مربی تیمشان گفت: خوب است.", nil, []string{"person:"}},
		{"a compound opened by a function word", "ولی نیمار آن\u200cقدر شهامت دارد.", nil, []string{"person:"}},
		{"names that end like a possessive", "مریم کریمی آمد. ماتیاس برگمان گفت.",
			[]string{"person:مریم کریمی[]=مریم کریمی/name", "person:ماتیاس برگمان[]=ماتیاس برگمان/name"}, nil},
	})
}

// TestSurnameThatIsAnAdjective: a surname made from an ordinary word
// («اسلامی») joins its person alone only as a subject, not as the
// adjective of a noun («جمهوری اسلامی»).
func TestSurnameThatIsAnAdjective(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"adjective after a noun", "محمد اسلامی گفت که کار خوب است. جمهوری اسلامی ایران قوی است. انقلاب اسلامی پیروز شد. اسلامی افزود که کار خوب است.",
			[]string{"person:محمد اسلامی[رئیس سازمان انرژی اتمی ایران]=محمد اسلامی/name,اسلامی/name"}, nil},
		{"a known surname used now and then as a word", "لیونل مسی گفت که بازی سخت بود. " + strings.Repeat("مسی گل زد. ", 25) + "این مسی بود و آن مسی.",
			[]string{"person:لیونل مسی[]=لیونل مسی/name" + strings.Repeat(",مسی/name", 26)}, nil}, // «این مسی بود» is Messi too
	})
}

// TestNotNames: adverbs, organizations after a title that takes one, and
// names of facilities are no people.
func TestNotNames(t *testing.T) {
	runRuleCases(t, defaultX(), []ruleCase{
		{"adverb after an honorific", "فوت یک تن خانم حدودا ۶۵ ساله در صحنه.", nil, []string{"person:"}},
		{"organization after a title that takes one", "در گفتگو با خبرنگار اسوشیتدپرس اعلام کرد که کار خوب است.", nil, []string{"person:"}},
		{"unknown name after the organization", "سخنگوی کاخ سفید کربی گفت که کار خوب است.",
			[]string{"person:جان کربی[سخنگوی کاخ سفید]=سخنگوی کاخ سفید/role,کربی/name"}, nil},
		{"facility named after a martyr", "در سالن ورزشی شهید آسمانی اردبیل بازی کردند.", nil, []string{"person:"}},
	})
}
