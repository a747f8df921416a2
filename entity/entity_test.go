package entity_test

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// testGazetteer is a small user gazetteer (testdata/gazetteer.txt), so
// that the rule tests do not depend on the content of the embedded lists.
func testGazetteer() (*entity.Gazetteer, error) {
	f, err := os.Open("testdata/gazetteer.txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.LoadGazetteer(f)
}

var testExtractor = sync.OnceValue(func() *entity.Extractor {
	g, err := testGazetteer()
	if err != nil {
		panic(err)
	}
	x, err := entity.New(entity.NoDefaultGazetteer(), entity.WithGazetteer(g))
	if err != nil {
		panic(err)
	}
	return x
})

// render writes an entity as "kind:name[role]=mention/form,...".
func render(e entity.Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%s[%s]=", e.Kind, e.Name, e.Role)
	for i, m := range e.Mentions {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%s/%s", m.Text, m.Form)
	}
	return b.String()
}

func extract(x *entity.Extractor, text string) []entity.Entity {
	toks, _ := tokenize.Split(text)
	return x.Extract(text, toks)
}

func renderAll(ents []entity.Entity) []string {
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = render(e)
	}
	return out
}

type ruleCase struct {
	name string
	text string
	want []string // entities rendered exactly
	not  []string // substrings no rendered entity may contain
}

func runRuleCases(t *testing.T, x *entity.Extractor, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents := extract(x, c.text)
			got := renderAll(ents)
			for _, w := range c.want {
				assert.Contains(t, got, w, "text %+q", c.text)
			}
			all := strings.Join(got, "\n")
			for _, n := range c.not {
				assert.NotContains(t, all, n, "text %+q", c.text)
			}
			checkInvariants(t, c.text, ents)
		})
	}
}

// checkInvariants asserts what every Extract result promises: IDs from 1
// in order of first mention, spans in bounds, Text == text[span], mentions
// in text order.
func checkInvariants(t *testing.T, text string, ents []entity.Entity) {
	t.Helper()
	prevFirst := -1
	for i, e := range ents {
		require.Equal(t, i+1, e.ID)
		require.NotEmpty(t, e.Mentions)
		require.GreaterOrEqual(t, e.Mentions[0].Start, prevFirst, "entities in order of first mention")
		prevFirst = e.Mentions[0].Start
		prev := -1
		for _, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "span %v out of bounds", m.Span)
			require.Equal(t, text[m.Start:m.End], m.Text)
			require.GreaterOrEqual(t, m.Start, prev, "mentions in text order")
			prev = m.Start
		}
	}
}

func TestApposition(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		// A role phrase after a name is the person's role; «کشورمان» is the home country.
		{"name then role", "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف وزیر امور خارجه روسیه دیدار کرد.",
			[]string{
				"person:محمدجواد ظریف[وزیر امور خارجه ایران]=محمدجواد ظریف/name,وزیر امور خارجه کشورمان/role",
				"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=سرگئی لاوروف/name,وزیر امور خارجه روسیه/role",
				"country:روسیه[]=روسیه/name",
				"country:ایران[]=کشورمان/pronoun",
			}, nil},
		// A role phrase right before a name is that name's role.
		{"role then name", "وزیر امور خارجه روسیه سرگئی لاوروف امروز به تهران رفت.",
			[]string{"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=وزیر امور خارجه روسیه/role,سرگئی لاوروف/name", "location:تهران[]=تهران/name"}, nil},
		// A name in guillemets before its role.
		{"guillemets", "«جالو ممادو تاندیا» وزیر امور خارجه روسیه و «فیصل بن فرحان» سخنگوی دبیرکل گفتند.",
			[]string{"person:جالو ممادو تاندیا[وزیر امور خارجه روسیه]=جالو ممادو تاندیا/name,وزیر امور خارجه روسیه/role",
				"person:فیصل بن فرحان[سخنگوی دبیرکل]=فیصل بن فرحان/name,سخنگوی دبیرکل/role"}, nil},
		{"quoted speech is no name", "او گفت: «کار تمام است» وزیر امور خارجه روسیه آمد.", nil, []string{"person:"}},
		// Apposition between commas, either way round; a list is no apposition.
		{"name, role,", "سرگئی لاوروف، وزیر امور خارجه روسیه، گفت: خوب است.",
			[]string{"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=سرگئی لاوروف/name,وزیر امور خارجه روسیه/role"}, nil},
		{"role, name,", "وزیر امور خارجه کشورمان، عباس عراقچی، گفت: خوب است.",
			[]string{"person:عباس عراقچی[وزیر امور خارجه ایران]=وزیر امور خارجه کشورمان/role,عباس عراقچی/name"}, nil},
		{"list", "با وزیر امور خارجه ترکیه، سرگئی لاوروف و عباس عراقچی دیدار کرد.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
		// A role with an organization and a superior's title.
		{"nested role", "خالد الحمادی سخنگوی دبیرکل سازمان ملل گفت: کار ادامه دارد.",
			[]string{"person:خالد الحمادی[سخنگوی دبیرکل سازمان ملل]=خالد الحمادی/name,سخنگوی دبیرکل سازمان ملل/role",
				"organization:سازمان ملل[]=سازمان ملل/name"}, nil},
		// A government role without its country belongs to the home country.
		{"role without country", "عباس عراقچی سخنگوی وزارت امور خارجه گفت.",
			[]string{"person:عباس عراقچی[سخنگوی وزارت امور خارجه ایران]=عباس عراقچی/name,سخنگوی وزارت امور خارجه/role"}, nil},
		// A body that names its own country gets no home country.
		{"own-country body", "فیصل بن فرحان سخنگوی کاخ سفید گفت.",
			[]string{"person:فیصل بن فرحان[سخنگوی کاخ سفید]=فیصل بن فرحان/name,سخنگوی کاخ سفید/role"}, nil},
		// A known person keeps the gazetteer's role when the text gives none.
		{"known person", "وانگ یی امروز به تهران رسید.",
			[]string{"person:وانگ یی[وزیر امور خارجه چین]=وانگ یی/name"}, nil},
		// An unknown name between a role and a verb is a person.
		{"unknown name before verb", "سخنگوی وزارت امور خارجه آمریکا کولمن گفت: راه باز است.",
			[]string{"person:کولمن[سخنگوی وزارت امور خارجه آمریکا]=سخنگوی وزارت امور خارجه آمریکا/role,کولمن/name"}, nil},
		// «همتای روس خود»: the counterpart holds the same office in Russia.
		{"counterpart", "عباس عراقچی وزیر امور خارجه کشورمان با سرگئی لاوروف همتای روس خود دیدار کرد.",
			[]string{"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=سرگئی لاوروف/name"}, []string{"country:روسیه"}},
	})
}

func TestFirstNameRule(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"arabic bin", "فیصل بن فرحان گفت.", []string{"person:فیصل بن فرحان[]=فیصل بن فرحان/name"}, nil},
		{"arabic al", "خالد الحمادی گفت.", []string{"person:خالد الحمادی[]=خالد الحمادی/name"}, nil},
		{"arabic bin and al", "فیصل بن فرحان الحمادی گفت.", []string{"person:فیصل بن فرحان الحمادی[]=فیصل بن فرحان الحمادی/name"}, nil},
		{"two first names", "رجب طیب اردوغان و مراد آیدین وزیر تجارت دیدار کردند.",
			[]string{"person:رجب طیب اردوغان[رئیس\u200cجمهور ترکیه]=رجب طیب اردوغان/name", "person:مراد آیدین[]=مراد آیدین/name"}, nil},
		{"zwnj first name", "علی\u200cاکبر صالحی به وین رفت.", []string{"person:علی\u200cاکبر صالحی[]=علی\u200cاکبر صالحی/name"}, nil},
		{"spaced first name", "علی اکبر صالحی به وین رفت.", []string{"person:علی اکبر صالحی[]=علی اکبر صالحی/name"}, nil},
		{"name stops at verb", "سرگئی گفت که می\u200cآید.", nil, []string{"person:"}},
		{"title", "آقای کریمی گفت.", []string{"person:کریمی[]=کریمی/name"}, nil},
		{"nisba surname", "محمد افضلی گفت.", []string{"person:محمد افضلی[]=محمد افضلی/name"}, nil},
		{"adjective of a closed-class word", "سرگئی یکی از آنها بود.", nil, []string{"person:"}},
		{"title and known surname", "آیت\u200cالله خامنه\u200cای گفت.", []string{"person:سید علی خامنه\u200cای[رهبر انقلاب]=خامنه\u200cای/name"}, nil},
		{"title part", "آیت\u200cالله العظمی خامنه\u200cای گفت.", []string{"person:سید علی خامنه\u200cای[رهبر انقلاب]=خامنه\u200cای/name"}, []string{"العظمی/"}},
		{"street named after a person", "بیمارستان آیت\u200cالله خامنه\u200cای و خیابان سرگئی لاوروف", nil, []string{"person:"}},
		{"title before an ordinary word", "آقای رئیس گفت. دکتر کشور را ترک کرد.", nil, []string{"person:"}},
		{"ordinary word after a first name", "سرگئی قرار است بیاید.", nil, []string{"person:"}},
		{"verb after a first name", "سرگئی گرفت.", nil, []string{"person:"}},
		{"ordinary word after a role", "وزیر امور خارجه ترکیه قرار است بیاید.", nil, []string{"person:"}},
	})
}

func TestSurnameOnly(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"later surname", "سرگئی لاوروف به تهران آمد. لاوروف گفت: سفر خوبی بود.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,لاوروف/name"}, nil},
		{"repeated full name", "سرگئی لاوروف آمد. سرگئی لاوروف رفت.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,سرگئی لاوروف/name"}, nil},
		{"spelling variants of one name", "علی\u200cاکبر صالحی آمد. علی اکبر صالحی رفت.",
			[]string{"person:علی\u200cاکبر صالحی[]=علی\u200cاکبر صالحی/name,علی اکبر صالحی/name"}, nil},
		{"short form of a compound first name", "محمدجواد ظریف آمد. جواد ظریف رفت.",
			[]string{"person:محمدجواد ظریف[]=محمدجواد ظریف/name,جواد ظریف/name"}, nil},
		{"surname before full name is not joined", "این لاوروف آمد. سرگئی لاوروف رفت.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
		{"headline surname before the full name", "لاوروف: کار تمام است\nسرگئی لاوروف امروز گفت که کار تمام است.",
			[]string{"person:سرگئی لاوروف[]=لاوروف/name,سرگئی لاوروف/name"}, nil},
		{"two-word surname", "علی بهادری جهرمی آمد. بهادری جهرمی گفت.",
			[]string{"person:علی بهادری جهرمی[]=علی بهادری جهرمی/name,بهادری جهرمی/name"}, nil},
		{"known surname alone", "اردوغان گفت.", []string{"person:رجب طیب اردوغان[رئیس\u200cجمهور ترکیه]=اردوغان/name"}, nil},
		{"two people, most recent wins", "عباس لاوروف آمد. سرگئی لاوروف رفت. لاوروف گفت.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,لاوروف/name", "person:عباس لاوروف[]=عباس لاوروف/name"}, nil},
	})
}

func TestRoleOnly(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"role joins its holder", "سرگئی لاوروف وزیر امور خارجه روسیه آمد. وزیر امور خارجه روسیه گفت: خوب است.",
			[]string{"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=سرگئی لاوروف/name,وزیر امور خارجه روسیه/role,وزیر امور خارجه روسیه/role"}, nil},
		{"home country role", "محمدجواد ظریف وزیر امور خارجه کشورمان آمد. وزیر امور خارجه ایران گفت.",
			[]string{"person:محمدجواد ظریف[وزیر امور خارجه ایران]=محمدجواد ظریف/name,وزیر امور خارجه کشورمان/role,وزیر امور خارجه ایران/role"}, nil},
		{"bare role gets the home country", "محمدجواد ظریف وزیر امور خارجه کشورمان آمد. وزیر امور خارجه گفت.",
			[]string{"person:محمدجواد ظریف[وزیر امور خارجه ایران]=محمدجواد ظریف/name,وزیر امور خارجه کشورمان/role,وزیر امور خارجه/role"}, nil},
		{"another country's minister is nobody here", "سرگئی لاوروف وزیر امور خارجه روسیه آمد. وزیر امور خارجه ترکیه گفت.",
			[]string{"person:سرگئی لاوروف[وزیر امور خارجه روسیه]=سرگئی لاوروف/name,وزیر امور خارجه روسیه/role"}, nil},
		{"shorter role of the same office", "خالد الحمادی نماینده ویژه دبیرکل سازمان ملل آمد. نماینده ویژه سازمان ملل گفت.",
			[]string{"person:خالد الحمادی[نماینده ویژه دبیرکل سازمان ملل]=خالد الحمادی/name,نماینده ویژه دبیرکل سازمان ملل/role,نماینده ویژه سازمان ملل/role"}, nil},
		{"quantified role is not a mention", "رجب طیب اردوغان آمد. دو رئیس\u200cجمهور گفتند.",
			[]string{"person:رجب طیب اردوغان[رئیس\u200cجمهور ترکیه]=رجب طیب اردوغان/name"}, nil},
		{"role alone makes no person", "وزیر امور خارجه ترکیه گفت.", nil, []string{"person:"}},
		// A bare title followed by words the lists do not know names an unknown office.
		{"incomplete title", "خالد الحمادی دبیرکل سازمان ملل آمد. دبیرکل انجمن ورزشی گفت.",
			[]string{"person:خالد الحمادی[دبیرکل سازمان ملل]=خالد الحمادی/name,دبیرکل سازمان ملل/role"}, nil},
		{"bare title", "خالد الحمادی دبیرکل سازمان ملل آمد. دبیرکل از همه تشکر کرد.",
			[]string{"person:خالد الحمادی[دبیرکل سازمان ملل]=خالد الحمادی/name,دبیرکل سازمان ملل/role,دبیرکل/role"}, nil},
	})
}

func TestPronoun(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"sentence subject", "سرگئی لاوروف به تهران آمد. وی گفت: خوب است.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,وی/pronoun"}, nil},
		{"subject of the previous sentence, not its object", "عباس عراقچی با سرگئی لاوروف دیدار کرد. او گفت.",
			[]string{"person:عباس عراقچی[]=عباس عراقچی/name,او/pronoun", "person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
		{"after a clause opener", "سرگئی لاوروف آمد و وی گفت.", []string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,وی/pronoun"}, nil},
		{"possessive is not a subject", "سرگئی لاوروف آمد. به گفته وی کار تمام است.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
		{"no antecedent", "وی گفت.", nil, []string{"person:"}},
		{"before a verb of reporting", "سرگئی لاوروف آمد. در ادامه وی افزود که کار تمام است.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,وی/pronoun"}, nil},
		{"object", "سرگئی لاوروف آمد. عباس عراقچی با وی دیدار کرد.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
		{"people in quotes are no antecedents", "سرگئی لاوروف گفت: «محمدجواد ظریف دوست ماست. کار ادامه دارد.» وی افزود.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,وی/pronoun", "person:محمدجواد ظریف[]=محمدجواد ظریف/name"}, nil},
		{"quote to the end of the paragraph", "سرگئی لاوروف گفت: محمدجواد ظریف دوست ماست. او همیشه کمک کرده است.\nوی افزود.",
			[]string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name,وی/pronoun", "person:محمدجواد ظریف[]=محمدجواد ظریف/name"}, nil},
	})
	x, err := entity.New(entity.NoDefaultGazetteer(), entity.WithGazetteer(mustGaz(t)), entity.NoPronouns())
	require.NoError(t, err)
	runRuleCases(t, x, []ruleCase{
		{"NoPronouns", "سرگئی لاوروف آمد. وی گفت.", []string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, nil},
	})
}

func mustGaz(t *testing.T) *entity.Gazetteer {
	g, err := testGazetteer()
	require.NoError(t, err)
	return g
}

func TestWordAlsoName(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"adjective", "این نکته ظریف است.", nil, []string{"person:"}},
		{"surname alone without evidence", "ظریف گفت.", nil, []string{"person:"}},
		{"with first name", "محمدجواد ظریف گفت. ظریف افزود.", []string{"person:محمدجواد ظریف[]=محمدجواد ظریف/name,ظریف/name"}, nil},
		{"common first name", "امید داریم کار تمام شود.", nil, []string{"person:"}},
		{"common first name with a title", "دکتر امید کریمی گفت.", []string{"person:امید کریمی[]=امید کریمی/name"}, nil},
		{"country that is a word", "خسارت\u200cهای جانی و مالی زیاد بود.", nil, []string{"country:مالی"}},
		{"country with a cue", "دولت مالی و کشور نیجر", []string{"country:مالی[]=مالی/name", "country:نیجر[]=نیجر/name"}, nil},
		{"country in a list", "نیجر و مالی", []string{"country:مالی[]=مالی/name"}, nil},
		{"weekday and capital", "روز دوشنبه در شهر دوشنبه", []string{"location:دوشنبه[]=دوشنبه/name"}, nil},
		{"agency and month", "به گزارش خبرنگار مهر، در ماه مهر", []string{"organization:مهر[]=مهر/name"}, nil},
	})
}

func TestDemonym(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"demonym", "مقامات سعودی و طرف روس گفتند.", nil, []string{"country:"}},
		{"demonym that contains a country", "هیئت ترکیه\u200cای آمد.", nil, []string{"country:"}},
		{"detached adjective suffix", "هیئت ترکیه ای آمد.", nil, []string{"country:"}},
		{"country with a demonym in it", "عربستان سعودی و عربستان", []string{"country:عربستان[]=عربستان سعودی/name,عربستان/name"}, nil},
		{"variants", "آمریکا، امریکا و ایالات متحده", []string{"country:آمریکا[]=آمریکا/name,امریکا/name,ایالات متحده/name"}, nil},
		{"variant with zwnj", "ایالات\u200cمتحده", []string{"country:آمریکا[]=ایالات\u200cمتحده/name"}, nil},
		{"ezafe", "آمریکای امروز و کانادای جدید", []string{"country:آمریکا[]=آمریکا/name", "country:کانادا[]=کانادا/name"}, nil},
		{"longest match: a region", "استان آذربایجان شرقی و آذربایجان", []string{"location:آذربایجان شرقی[]=آذربایجان شرقی/name", "country:آذربایجان[]=آذربایجان/name"}, nil},
	})
}

func TestOrganizationWithCountry(t *testing.T) {
	runRuleCases(t, testExtractor(), []ruleCase{
		{"un", "سازمان ملل متحد و سازمان ملل", []string{"organization:سازمان ملل[]=سازمان ملل متحد/name,سازمان ملل/name"}, []string{"country:"}},
		{"ministry of a country", "در ساختمان وزارت امور خارجه روسیه",
			[]string{"organization:وزارت امور خارجه روسیه[]=وزارت امور خارجه روسیه/name", "country:روسیه[]=روسیه/name"}, nil},
		{"official state name", "جمهوری اسلامی ایران و روسیه", []string{"country:ایران[]=ایران/name", "country:روسیه[]=روسیه/name"}, nil},
		{"country inside a role", "سفیر ایران در مسکو", []string{"country:ایران[]=ایران/name", "location:مسکو[]=مسکو/name"}, nil},
		{"company name", "شرکت ملی نفت ایران قرارداد بست", []string{"organization:شرکت ملی نفت ایران[]=شرکت ملی نفت ایران/name"}, []string{"country:"}},
	})
}

func TestEntityOrderAndIDs(t *testing.T) {
	ents := extract(testExtractor(), "روسیه و ایران. سرگئی لاوروف در تهران. روسیه")
	require.Len(t, ents, 4)
	assert.Equal(t, []string{"روسیه", "ایران", "سرگئی لاوروف", "تهران"}, []string{ents[0].Name, ents[1].Name, ents[2].Name, ents[3].Name})
	for i, e := range ents {
		assert.Equal(t, i+1, e.ID)
	}
	assert.Len(t, ents[0].Mentions, 2)
}

func TestBadTokens(t *testing.T) {
	const text = "سرگئی لاوروف آمد"
	toks, _ := tokenize.Split(text)
	bad := append([]tokenize.Token{{Text: "x", Span: tokenize.Span{Start: 50, End: 60}}}, toks...)
	bad = append(bad, tokenize.Token{Text: "y", Span: tokenize.Span{Start: 2, End: 1}})
	ents := testExtractor().Extract(text, bad)
	assert.Equal(t, []string{"person:سرگئی لاوروف[]=سرگئی لاوروف/name"}, renderAll(ents))
	assert.Empty(t, testExtractor().Extract("", nil))
	assert.Equal(t, renderAll(ents), renderAll(testExtractor().Extract(text, nil)), "nil tokens: Extract tokenizes")
	assert.Empty(t, testExtractor().Extract(text, []tokenize.Token{}), "no tokens, no entities")
}

func TestLoadGazetteerErrors(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{"country\tایران\nconutry\tروسیه\n", `line 2: unknown list "conutry" (want country, demonym, location, organization, firstname, person, role, title, nonname, common or verb)`},
		{"# c\ndemonym\tروس\n", "line 2: demonym entry needs 2 field(s) after the keyword, got 1"},
		{"location\tژنو\ttown\n", `line 1: location kind "town" is not capital, city, region, sea or other`},
		{"role\tوزیر\tpeople\n", `line 1: role complement "people" is not country, org, both or none`},
		{"organization\tناتو\tناتو\tmilitary\n", `line 1: organization type "military" is not intl, agency, gov, party, company or other`},
		{"title\tآقای\textra\n", "line 1: title entry needs 1 field(s) after the keyword, got 2"},
		{"country\t\n", "line 1: field 2 is empty"},
		{"country\t\xff\n", "line 1: invalid UTF-8"},
	} {
		_, err := entity.LoadGazetteer(strings.NewReader(c.in))
		assert.EqualError(t, err, c.err, "%+q", c.in)
	}
	g, err := entity.LoadGazetteer(strings.NewReader("person\tجان اسمیت\nfirstname\tجان\tEN\n\n# x\n"))
	require.NoError(t, err)
	assert.Equal(t, 2, g.Len())
}

func TestHomeCountry(t *testing.T) {
	x, err := entity.New(entity.NoDefaultGazetteer(), entity.WithGazetteer(mustGaz(t)), entity.HomeCountry("ترکیه"))
	require.NoError(t, err)
	runRuleCases(t, x, []ruleCase{
		{"other home", "مراد آیدین وزیر امور خارجه کشورمان گفت.",
			[]string{"person:مراد آیدین[وزیر امور خارجه ترکیه]=مراد آیدین/name,وزیر امور خارجه کشورمان/role", "country:ترکیه[]=کشورمان/pronoun"}, nil},
	})
	x, err = entity.New(entity.NoDefaultGazetteer(), entity.WithGazetteer(mustGaz(t)), entity.HomeCountry(""))
	require.NoError(t, err)
	runRuleCases(t, x, []ruleCase{
		{"no home", "مراد آیدین وزیر امور خارجه کشورمان گفت.",
			[]string{"person:مراد آیدین[وزیر امور خارجه]=مراد آیدین/name,وزیر امور خارجه/role"}, []string{"country:"}},
	})
}

func TestConcurrentExtract(t *testing.T) {
	text := loadGold(t)["zarif-lavrov"].Normalized
	toks, _ := tokenize.Split(text)
	want := renderAll(entity.Extract(text, toks))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Equal(t, want, renderAll(entity.Extract(text, toks)))
		})
	}
	wg.Wait()
}
