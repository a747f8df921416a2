package normalize

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
)

// TestRestoreGlued checks the glued-word restorer, by phenomenon. want ==
// word means the word must stay as it is.
func TestRestoreGlued(t *testing.T) {
	tests := []struct {
		group, word, want string
	}{
		// The plural ها and its clitic forms after a known noun.
		{"plural", "تروریستها", "تروریست\u200cها"},
		{"plural", "گروههای", "گروه\u200cهای"},
		{"plural", "انرژیهای", "انرژی\u200cهای"},
		{"plural", "هیئتهای", "هیئت\u200cهای"},
		{"plural", "تنشها", "تنش\u200cها"},
		{"plural", "خسارتهای", "خسارت\u200cهای"},
		{"plural", "رایزنیها", "رایزنی\u200cها"},
		{"plural", "کمکهای", "کمک\u200cهای"},
		{"plural", "دولتهای", "دولت\u200cهای"},
		{"plural", "تحریمها", "تحریم\u200cها"},
		{"plural", "سالهای", "سال\u200cهای"},
		{"plural", "هیئتهایی", "هیئت\u200cهایی"},
		{"plural", "میدانها", "میدان\u200cها"},
		{"plural of a compound", "گفتوگوهای", "گفت\u200cوگوهای"},
		{"plural, not بی + word", "بیماریهای", "بیماری\u200cهای"},
		{"plural of a noun in ی", "سرمایهگذاریهای", "سرمایه\u200cگذاری\u200cهای"},
		{"plural after a non-joining letter", "کشورها", "کشورها"},
		{"plural after a non-joining letter", "مسیرهای", "مسیرهای"},
		{"plural after a non-joining letter", "نهادهای", "نهادهای"},
		{"plural after a non-joining letter", "روزهای", "روزهای"},
		// می / نمی + a verb form (present or past stem + person ending).
		{"verb", "میشناسند", "می\u200cشناسند"},
		{"verb", "میکند", "می\u200cکند"},
		{"verb", "میتواند", "می\u200cتواند"},
		{"verb", "میتوانند", "می\u200cتوانند"},
		{"verb", "نمیخواهیم", "نمی\u200cخواهیم"},
		{"verb", "میگذرد", "می\u200cگذرد"},
		{"verb", "میشود", "می\u200cشود"},
		{"verb", "میکردند", "می\u200cکردند"},
		{"verb", "میتوان", "می\u200cتوان"},
		{"verb", "میروند", "می\u200cروند"},
		// Comparative and superlative.
		{"comparative", "سازندهتری", "سازنده\u200cتری"},
		{"comparative", "مهمترین", "مهم\u200cترین"},
		{"comparative lexicalized glued", "بیشترین", "بیشترین"},
		{"comparative lexicalized glued", "بیشتر", "بیشتر"},
		// Silent ه + ‌ای/‌ام/‌اند ..., participles + perfect endings.
		{"heh clitic", "بودهایم", "بوده\u200cایم"},
		{"heh clitic", "آمادهایم", "آماده\u200cایم"},
		{"heh clitic", "آمادهاند", "آماده\u200cاند"},
		{"heh clitic", "شدهاند", "شده\u200cاند"},
		{"heh clitic", "باختهاند", "باخته\u200cاند"},
		{"heh clitic", "وابستهاند", "وابسته\u200cاند"},
		{"heh clitic", "کردهایم", "کرده\u200cایم"},
		{"heh clitic", "هستهای", "هسته\u200cای"},
		{"heh clitic", "نتیجهای", "نتیجه\u200cای"},
		{"heh clitic", "منطقهای", "منطقه\u200cای"},
		{"heh clitic", "نامهای", "نامه\u200cای"},
		{"plural, not heh clitic", "روزهای", "روزهای"},
		{"plural, not heh clitic", "نشستهای", "نشست\u200cهای"},
		// بی + a known word.
		{"بی", "بیگناه", "بی\u200cگناه"},
		{"بی", "بیسابقهای", "بی\u200cسابقه\u200cای"},
		// Compounds the lexicon writes with a ZWNJ, or word + compound part.
		{"compound", "عادیسازی", "عادی\u200cسازی"},
		{"compound", "فاجعهآمیز", "فاجعه\u200cآمیز"},
		{"compound", "کمکرسانی", "کمک\u200cرسانی"},
		{"compound", "انساندوستانه", "انسان\u200cدوستانه"},
		{"compound", "سهجانبه", "سه\u200cجانبه"},
		{"compound", "گفتوگو", "گفت\u200cوگو"},
		{"compound", "سهشنبه", "سه\u200cشنبه"},
		{"compound", "صلحآمیز", "صلح\u200cآمیز"},
		{"compound", "راهحل", "راه\u200cحل"},
		{"compound", "بینالمللی", "بین\u200cالمللی"},
		{"compound", "راستیآزمایی", "راستی\u200cآزمایی"},
		{"compound", "هیچکس", "هیچ\u200cکس"},
		{"compound", "یکجانبه", "یک\u200cجانبه"},
		{"compound", "راهآهن", "راه\u200cآهن"},
		{"compound", "آتشبس", "آتش\u200cبس"},
		{"compound", "سیلزده", "سیل\u200cزده"},
		{"compound + ان", "علاقهمندان", "علاقه\u200cمندان"},
		// Words that merely look split.
		{"looks split", "میز", "میز"},
		{"looks split", "میدان", "میدان"},
		{"looks split", "میدانی", "میدانی"},
		{"looks split", "میلیون", "میلیون"},
		{"looks split", "میانه", "میانه"},
		{"looks split", "میراث", "میراث"},
		{"looks split", "تنها", "تنها"},
		{"looks split", "تنهایی", "تنهایی"},
		{"looks split", "رها", "رها"},
		{"looks split", "نهایی", "نهایی"},
		{"looks split", "همان", "همان"},
		{"looks split", "نشان", "نشان"},
		{"looks split", "بیمار", "بیمار"},
		{"looks split", "بیان", "بیان"},
		{"looks split", "تهران", "تهران"},
		{"looks split, short parts", "پترو", "پترو"},
		// Unknown words split only on real evidence: no بی + a rare word
		// or a verb (names, بیدار + ند), no می + the second singular ی.
		{"unknown, no evidence", "بیزنجانی", "بیزنجانی"},
		{"unknown, no evidence", "بیاتلو", "بیاتلو"},
		{"unknown, no evidence", "بیدارند", "بیدارند"},
		{"unknown, no evidence", "میدوزی", "میدوزی"},
		{"unknown, no evidence", "میپزی", "میپزی"},
		// Both spellings well attested, or the usual spelling is glued: the
		// input is respected.
		{"glued spelling in use", "خوشحال", "خوشحال"},
		{"glued spelling in use", "پیشگام", "پیشگام"},
		{"glued spelling in use", "کتابخانه", "کتابخانه"},
		{"glued spelling in use", "همچنین", "همچنین"},
		{"glued spelling in use", "آنها", "آنها"},
		{"glued spelling in use", "اینکه", "اینکه"},
		// Lilak inflects the glued spelling and lists the ZWNJ one bare:
		// the glued word is the usual one.
		{"glued spelling usual", "قطعنامه", "قطعنامه"},
		{"glued spelling usual", "پاسخگویی", "پاسخگویی"},
		{"glued spelling usual", "دستگیری", "دستگیری"},
		{"glued spelling usual", "آفتابگردان", "آفتابگردان"},
		{"glued spelling usual", "میدانی", "میدانی"},
		{"no ZWNJ needed", "امدادرسانی", "امدادرسانی"},
		{"no ZWNJ needed", "دوجانبه", "دوجانبه"},
		// Words that already carry their ZWNJs, and non-words.
		{"already ZWNJ", "می\u200cشود", "می\u200cشود"},
		{"already ZWNJ", "آژانس\u200cهای", "آژانس\u200cهای"},
		{"short", "است", "است"},
		{"short", "که", "که"},
		{"not Persian", "COVID", "COVID"},
		{"not Persian", "۱۲۳۴۵۶۷۸", "۱۲۳۴۵۶۷۸"},
		{"not Persian", "", ""},
		{"invalid UTF-8", "\xff\xfeمیکند", "\xff\xfeمیکند"},
	}
	for _, tt := range tests {
		t.Run(tt.group+"/"+tt.word, func(t *testing.T) {
			got, changed := restoreGlued(tt.word)
			assert.Equal(t, tt.want, got, "restoreGlued(%+q) = %+q, want %+q", tt.word, got, tt.want)
			assert.Equal(t, tt.want != tt.word, changed, "restoreGlued(%+q) changed", tt.word)
		})
	}
}

// TestJoinSpaced checks when a space between two words stands for a ZWNJ.
func TestJoinSpaced(t *testing.T) {
	tests := []struct {
		group, left, right string
		want               bool
	}{
		// می / نمی + a verb form.
		{"verb", "می", "توانید", true},
		{"verb", "می", "شود", true},
		{"verb", "می", "گویند", true},
		{"verb", "نمی", "ماند", true},
		{"verb", "می", "داریم", true},
		{"verb", "می", "دهیم", true},
		{"verb", "می", "آید", true},
		{"verb", "می", "کردند", true},
		{"verb", "می", "توان", true},
		{"not a verb", "می", "خانه", false},
		{"not a verb", "نمی", "کتاب", false},
		{"not a verb", "می", "ایران", false},
		// The privative بی before a noun or adjective.
		{"بی", "بی", "گناه", true},
		{"بی", "بی", "نظیر", true},
		{"بی", "بی", "توجهی", true},
		{"بی before a function word", "بی", "آن", false},
		// The plural ها family (the caller drops the ZWNJ after ر).
		{"plural", "کشور", "ها", true},
		{"plural", "خانواده", "های", true},
		{"plural", "پیام", "هایی", true},
		{"plural", "مقام", "های", true},
		{"plural", "میلیون", "ها", true},
		{"plural", "ده", "ها", true},
		{"plural", "تلاش", "هایشان", true},
		{"plural after a number", "۱۲", "ها", false},
		// After a non-joining letter the join is glued, so the glued word
		// must read back the same (idempotence): not an unknown word, nor
		// one that reads better as silent ه + clitic (اره‌ای).
		{"plural, glued reads otherwise", "ار", "های", false},
		{"plural, glued reads back", "مسیر", "های", true},
		{"plural, glued reads back", "دور", "های", true},
		// Comparative and superlative after an adjective.
		{"comparative", "مهم", "ترین", true},
		{"comparative", "بزرگ", "تر", true},
		{"comparative", "سازنده", "تری", true},
		{"wet, not comparative", "لباس", "تر", false},
		// Silent ه + clitic.
		{"heh clitic", "بوده", "ایم", true},
		{"heh clitic", "کرده", "ایم", true},
		{"heh clitic", "خانه", "ای", true},
		{"heh clitic", "هسته", "ای", true},
		{"heh clitic", "نتیجه", "ای", true},
		{"heh clitic", "آماده", "اند", true},
		{"vocative ای", "که", "ای", false},
		{"no silent ه", "کتاب", "ای", false},
		{"a verb, not a clitic", "آماده", "است", false},
		// Compounds.
		{"compound, bound part", "بین", "المللی", true},
		{"compound, bound part", "گفت", "وگو", true},
		{"compound + suffix", "گفت", "وگوی", true},
		{"compound + suffix", "گفت", "وگوهای", true},
		{"compound + suffix", "سرمایه", "گذاری", true},
		{"compound, bound head", "صلح", "آمیز", true},
		{"compound, bound head", "فعال", "سازی", true},
		{"compound, free words", "رئیس", "جمهور", true},
		{"compound, free words", "نخست", "وزیر", true},
		{"compound, free words", "نیک", "نام", true},
		{"compound + plural ان", "دانش", "آموزان", true},
		{"compound + plural ان", "اصلاح", "طلبان", true},
		// The glued spelling is the usual one, but parts written apart
		// join with the ZWNJ spelling in use.
		{"compound, glued spelling usual", "پاسخ", "گویی", true},
		{"compound, glued spelling usual", "قطع", "نامه", true},
		// A function word that begins many compounds, before a part with
		// which it makes a well-attested one.
		{"prefix", "پیش", "بینی", true},
		{"prefix", "پیش", "نویس", true},
		{"prefix", "هم", "اکنون", true},
		{"prefix", "هیچ", "گاه", true},
		{"not a prefix: preposition", "به", "نام", false},
		{"not a prefix: preposition", "به", "روز", false},
		{"not a prefix: preposition", "به", "سادگی", false},
		{"not a prefix: numeral", "یک", "میلیون", false},
		{"not a prefix: no compound", "این", "که", false},
		// Two-word phrases.
		{"phrase", "به", "ما", false},
		{"phrase", "به", "عنوان", false},
		{"phrase", "آن", "را", false},
		{"phrase", "در", "این", false},
		{"phrase", "وزیر", "امور", false},
		{"phrase", "امور", "خارجه", false},
		{"verb phrase", "انجام", "شده", false},
		{"verb phrase", "جهانی", "شدن", false},
		{"verb phrase", "تاکید", "کرد", false},
		{"verb phrase", "مبارزه", "کنند", false},
		{"plural head", "ایالات", "متحده", false},
		{"phrase beside a compound", "رئیس", "جمهوری", false},
		{"inflected phrase of free words", "قابل", "توجهی", false},
		{"verb phrase", "باقی", "مانده", false},
		{"verb phrase", "غنی", "شده", false},
		{"unattested compound", "روابط", "عمومی", false},
		{"unattested compound", "تبادل", "نظر", false},
		{"unattested compound", "حضور", "زنان", false},
		{"not Persian", "COVID", "ها", false},
		{"invalid UTF-8", "\xff\xfe", "ها", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.group+"/"+tt.left+"_"+tt.right, func(t *testing.T) {
			assert.Equal(t, tt.want, joinSpaced(tt.left, tt.right), "joinSpaced(%+q, %+q)", tt.left, tt.right)
			if tt.want {
				assert.True(t, mayJoin(joinFlags(tt.left), joinFlags(tt.right)), "mayJoin(%+q, %+q)", tt.left, tt.right)
			}
		})
	}
}

// TestJoinFlags checks that the per-word pre-filter never rejects a pair
// that joinSpaced joins, and that joinReasonFlags agrees with joinReason, on every pair of adjacent words of the test data
// and of the news corpus when present, with and without the space that the
// text writes as ZWNJ.
func TestJoinFlags(t *testing.T) {
	texts := []string{}
	files, _ := filepath.Glob("../testdata/*.txt")
	if !testing.Short() {
		files = append(files, corpusPath)
	}
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(data[:min(len(data), 2<<20)]))
		}
	}
	joins := 0
	for _, text := range texts {
		text = strings.ReplaceAll(text, "\u200c", " ")
		words := strings.Fields(text)
		for i := 0; i+1 < len(words); i++ {
			l, r := words[i], words[i+1]
			k := joinReason(l, r)
			lf, rf := joinFlags(l), joinFlags(r)
			if k != lexKindNone {
				joins++
				if !assert.True(t, mayJoin(lf, rf), "mayJoin(%+q, %+q)", l, r) {
					return
				}
			}
			if !assert.Equal(t, k, joinReasonFlags(l, r, lf, rf, nil), "joinReasonFlags(%+q, %+q)", l, r) {
				return
			}
		}
	}
	assert.Positive(t, joins)
}

// TestLexiconData checks every derived table: a '#' header, valid UTF-8,
// sorted and unique lines, well-formed fields, and words already in the
// normalizer's letter forms with ZWNJs only where they belong.
func TestLexiconData(t *testing.T) {
	files, err := filepath.Glob("data/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range []struct {
		name string
		data string
	}{{"words.txt", lexWordsData}, {"verbs.txt", lexVerbsData}, {"heads.txt", lexHeadsData}} {
		t.Run(f.name, func(t *testing.T) {
			assert.True(t, strings.HasPrefix(f.data, "# "), "%s starts with a '#' comment", f.name)
			err := lexicon.Check(f.data, func(i int, s string) error {
				switch {
				case f.name == "words.txt" && i == 1, f.name == "heads.txt" && i > 0:
					return nil // tags, counts
				case f.name == "words.txt":
					return checkLexWord(s, true)
				}
				// Stems and compound parts are no words of their own: the
				// normalizer need not leave them as they are.
				return checkLexWord(s, false)
			})
			assert.NoError(t, err)
		})
	}
}

// checkLexWord reports why s is not a word as the normalizer writes it.
func checkLexWord(s string, word bool) error {
	prev := rune(0)
	for _, r := range s {
		switch {
		case r == '\u200c':
			if prev == 0 || prev == '\u200c' || !lexJoins(prev) {
				return errors.New("ZWNJ at an edge, doubled or after a non-joining letter")
			}
		case r == 'ي' || r == 'ك' || r == 'ى':
			return fmt.Errorf("Arabic letter %+q", r)
		case r < 0x0621 || r > 0x06CC:
			return fmt.Errorf("not a Persian letter: %+q", r)
		}
		prev = r
	}
	if prev == '\u200c' {
		return errors.New("ZWNJ at the end")
	}
	if word && String(s) != s {
		return fmt.Errorf("not normal: String gives %+q", String(s))
	}
	return nil
}

// TestLexiconTablesLoad checks that the tables parse into the expected
// shapes.
func TestLexiconTablesLoad(t *testing.T) {
	lt := lexData()
	assert.Greater(t, lt.nWords, 50000)
	assert.Greater(t, lt.nPresent, 100)
	assert.Greater(t, lt.nPast, 100)
	assert.Greater(t, lt.nHeads, 100)
	info, ok := lt.word("سهجانبه")
	require.True(t, ok)
	assert.Equal(t, "سه\u200cجانبه", info.form)
	assert.NotZero(t, lt.rec("شناس").flags&lexRecPresent)
	assert.NotZero(t, lt.rec("کرد").flags&lexRecPast)
	assert.NotZero(t, lt.rec("آمیز").flags&lexRecHead)
	_, ok = lt.word("فلانیستان")
	assert.False(t, ok)
	// The letter filters of the restorers are exact only when every part
	// is made of two-byte letters; with the committed tables they are on.
	assert.True(t, lt.headExact, "heads filter disabled")
	assert.True(t, lt.partExact, "compound parts filter disabled")
}

// TestLexiconNoAlloc proves that the restorers allocate nothing when they
// change nothing, and joinSpaced never.
func TestLexiconNoAlloc(t *testing.T) {
	words := []string{"میز", "تنها", "کشورها", "نهادهای", "ایران", "فلانیستان", "می\u200cشود", "است", "COVID", "قطعنامه", "بیزنجانی"}
	for _, w := range words {
		allocs := testing.AllocsPerRun(100, func() { restoreGlued(w) })
		assert.Zero(t, allocs, "restoreGlued(%+q) allocates", w)
	}
	pairs := [][2]string{{"می", "توانید"}, {"کشور", "ها"}, {"رئیس", "جمهور"}, {"به", "ما"}, {"گفت", "وگوهای"}, {"روابط", "عمومی"}, {"پیش", "بینی"}, {"به", "نام"}, {"رئیس", "جمهوری"}}
	for _, p := range pairs {
		allocs := testing.AllocsPerRun(100, func() { joinSpaced(p[0], p[1]) })
		assert.Zero(t, allocs, "joinSpaced(%+q, %+q) allocates", p[0], p[1])
	}
}

// benchWords returns the Persian words of the dev articles and of the first
// MiB of the corpus when present, letter-normalized, as written (asis) and
// with their ZWNJs removed (glued, the input restoreGlued repairs), and the
// spaced pairs of adjacent words.
func benchWords(b *testing.B) (asis, words []string, pairs [][2]string, size int) {
	files, _ := filepath.Glob("../testdata/*.txt")
	if data, err := os.ReadFile(corpusPath); err == nil {
		files = append(files, "")
		_ = data
	}
	for _, f := range files {
		var text string
		if f == "" {
			data, _ := os.ReadFile(corpusPath)
			text = string(data[:min(len(data), 1<<20)])
		} else {
			data, err := os.ReadFile(f)
			require.NoError(b, err)
			text = string(data)
		}
		ws := corpusWords(corpusLetters.Replace(text))
		for i, w := range ws {
			size += len(w.text) + 1
			asis = append(asis, w.text)
			words = append(words, strings.ReplaceAll(w.text, lexZWNJ, ""))
			if i > 0 && w.spaced {
				pairs = append(pairs, [2]string{ws[i-1].text, w.text})
			}
		}
	}
	if len(words) == 0 {
		b.Skip("no text")
	}
	return asis, words, pairs, size
}

func BenchmarkRestoreGlued(b *testing.B) {
	asis, glued, _, size := benchWords(b)
	lexData()
	for _, in := range []struct {
		name  string
		words []string
	}{{"asis", asis}, {"glued", glued}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range in.words {
					restoreGlued(w)
				}
			}
			b.ReportMetric(float64(len(in.words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

func BenchmarkJoinSpaced(b *testing.B) {
	_, _, pairs, size := benchWords(b)
	lexData()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pairs {
			joinSpaced(p[0], p[1])
		}
	}
	b.ReportMetric(float64(len(pairs))*float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func BenchmarkLexiconLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		lexDataLoad()
	}
}

// FuzzRestoreGlued checks that the restorers never panic and that
// restoreGlued only inserts ZWNJs: removing them gives the input back.
func FuzzRestoreGlued(f *testing.F) {
	for _, s := range []string{"تروریستها", "میشناسند", "میز", "سهجانبه", "بیسابقهای", "گفتوگوهای", "\xff\xd8", "کشور"} {
		f.Add(s, "ها")
	}
	f.Fuzz(func(t *testing.T, word, right string) {
		got, changed := restoreGlued(word)
		if !changed {
			assert.Equal(t, word, got)
		} else {
			assert.Equal(t, word, strings.ReplaceAll(got, lexZWNJ, ""), "restoreGlued(%+q) = %+q", word, got)
			again, _ := restoreGlued(got)
			assert.Equal(t, got, again, "restoreGlued is idempotent on %+q", got)
			assert.NoError(t, checkLexWord(got, false), "restoreGlued(%+q) = %+q", word, got)
		}
		joinSpaced(word, right)
		joinSpaced(right, word)
	})
}
