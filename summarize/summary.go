package summarize

import (
	_ "embed"
	"math"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

//go:embed data/stopwords.txt
var stopwordsTxt string

// stopKeys holds the fold keys of the embedded stop words, parsed once.
var stopKeys = sync.OnceValue(func() map[uint64]struct{} {
	entries := lexicon.Parse(stopwordsTxt)
	m := make(map[uint64]struct{}, len(entries))
	for _, e := range entries {
		m[wordKey(e.Field(0))] = struct{}{}
	}
	return m
})

// Summary returns the indices of the n most central sentences of text, in
// document order: an extractive summary. sentences and tokens are those
// [tokenize.Split] returns for text. It returns nil when n <= 0 or there is
// no sentence, and fewer than n indices when fewer sentences may be chosen.
//
// Agency boilerplate is never chosen: a sentence holding a URL, an e-mail
// address, a hashtag or an @mention, a footer («انتهای پیام»), or a call to
// action («... ارسال کنید», «... عضو شوید»).
//
// Each word is weighted by how likely it is to appear in the text's lead
// (see leadModel), after folding ZWNJ, letter variants, digits and the
// plural and ezafe suffixes (ها، های، ‌ای، ی): by the number of sentences
// that share it and of its occurrences; by the sentence it first appears in
// and whether it stands there before or after a «:»; by whether a later
// «X گفت:» names it, and how often it stands inside a quote; by whether it
// is a number, a stop word or a word of one or two letters; and by how
// much more, or less, often agency leads hold the word than its place in
// the text tells, as counted over a corpus of news articles with their
// leads (data/leadlex.txt: «گفت» and role words such as «رئیس» up, the
// body's «افزود», «وی» down).
//
// A sentence scores a linear model of its features (see scoreModel),
// fitted to predict its ROUGE-1 against the lead: mainly the expected
// ROUGE-1 F1 of its words, 2·E/(L+R) — E the sum of the weights of its
// distinct words, L its length, R a typical lead's length — counted with
// and without its attribution prefix («به گزارش ایرنا،», which [Trim] drops
// when the sentence is shown); its centrality (mean cosine similarity of
// its idf-weighted words to the other sentences, LexRank's degree, computed
// in one pass) and its similarity to the text's first sentence; the sum of
// its words' lead log-ratios (data/leadlex.txt); and small terms:
// position, announcements («از ... خبر داد»), an opening pronoun (its
// subject is elsewhere), the share of its words after a «:» or inside «»,
// numbers, repeated stop words, final punctuation. The first sentence
// is the usual winner. A heading — a title, subheading or dateline: a line
// of at most 20 words without final punctuation, with more text after it —
// is chosen only when the text holds nothing else, and its words are left
// out of the weights. For n > 1, sentences are taken greedily, each new one
// penalised by the share of its content words already taken; the greedy
// choice is made lazily from a heap, so the cost stays linear in the text
// whatever n.
//
// Summary reads only the tokens' Text and Kind and never indexes text, so
// slices that do not match text cannot make it panic. It allocates its
// working arrays once per call, in proportion to the number of tokens; the
// embedded word tables are parsed once, on first use.
func Summary(text string, sentences []tokenize.Sentence, tokens []tokenize.Token, n int) []int {
	if n <= 0 || len(sentences) == 0 {
		return nil
	}
	d := sumDoc{model: &leadModel, smodel: &scoreModel, lex: leadLex()}
	d.build(sentences, tokens)
	return d.pick(n)
}

// Parameters of the sentence score, set by measuring ROUGE against agency
// leads on a corpus of 746 news articles (see rouge_test.go), never against
// single articles.
const (
	leadWords     = 27.0 // typical length of a lead, in words
	shortWords    = 5    // sentences with fewer words are headings or datelines
	redundancyMix = 0.5  // weight of overlap with sentences already taken (n > 1)
)

// The features of the logistic model of keyWeight, indices into a keyModel.
const (
	kwBias       = iota // 1
	kwLogDF             // log of the number of sentences holding the word (df)
	kwFirst0            // first seen in the first sentence
	kwFirst1            // first seen in the second
	kwFirst2            // first seen in the third
	kwStop              // a stop word
	kwStopDF            // stop word × log df
	kwLogN              // log of the number of sentences
	kwFirst0DF          // first sentence × log df
	kwFirst0Pre         // first seen in the first sentence, before its «:»
	kwFirst0Post        // first seen in the first sentence, after its «:»
	kwAttrib            // before the «:» of a later sentence: «سخنگوی وزارت افزود:»
	kwAttribStop        // the same, for a stop word
	kwLogTF             // log of occurrences per sentence holding the word
	kwNumber            // a number
	kwFirstRel          // index of the first sentence holding it / sentences
	kwPostShare         // share of its occurrences after a «:», in quoted words
	kwEarly             // log(1 + sentences among the first three holding it)
	kwShort             // at most two letters
	kwLex               // the word's lead log-ratio over the corpus (leadLex), 0 for a word not in it
	nKW
)

// keyModel holds the coefficients of a logistic model of whether a word of
// an article appears in the article's lead.
type keyModel [nKW]float64

// leadModel was fitted by logistic regression over the distinct folded
// words of each of the 746 articles of the ROUGE corpus, labelled by
// whether the word appears in the agency's lead (rouge_test.go,
// TestFitModels, reproduces it, leadLex and their cross-validation).
var leadModel = keyModel{
	kwBias:       -1.412,
	kwLogDF:      1.288,
	kwFirst0:     0.620,
	kwFirst1:     -0.228,
	kwFirst2:     -0.143,
	kwStop:       -0.101,
	kwStopDF:     -0.371,
	kwLogN:       -0.643,
	kwFirst0DF:   -0.024,
	kwFirst0Pre:  -0.762,
	kwFirst0Post: -0.642,
	kwAttrib:     0.505,
	kwAttribStop: -0.537,
	kwLogTF:      0.758,
	kwNumber:     -0.480,
	kwFirstRel:   -0.547,
	kwPostShare:  -0.106,
	kwEarly:      0.683,
	kwShort:      0.386,
	kwLex:        1.525,
}

//go:embed data/leadlex.txt
var leadLexTxt string

// leadLex maps the fold keys of the words of data/leadlex.txt to their lead
// log-ratio (kwLex), parsed once. The table holds derived statistics only:
// for each of the 1530 words seen in at least 2% of the 746 articles of the
// ROUGE corpus, ln((A+5)/(E+5)), A the number of those articles whose lead
// holds the word and E the number leadModel without kwLex predicts; the
// corpus itself is not part of the module. rouge_test.go, TestFitModels,
// regenerates it:
//
//	go test ./summarize -run TestFitModels -rouge.fit -rouge.lex=data/leadlex.txt
var leadLex = sync.OnceValue(func() *leadTable {
	entries := lexicon.Parse(leadLexTxt)
	m := make(map[uint64]float32, len(entries))
	for _, e := range entries {
		v, err := strconv.ParseFloat(e.Field(1), 32)
		if err != nil {
			continue // TestLeadLexList rejects such a line
		}
		m[wordKey(e.Field(0))] = float32(v)
	}
	return newLeadTable(m)
})

// leadTable holds the lead log-ratios by fold key.
type leadTable = keyTable[float32]

// newLeadTable returns the table of m. A key of 0 (the hash of no word in
// practice) is left out.
func newLeadTable(m map[uint64]float32) *leadTable {
	t := newKeyTable[float32](len(m))
	for k, v := range m {
		if k != 0 {
			t.put(k, v)
		}
	}
	return t
}

// sumSent is the per-sentence state of one Summary call.
type sumSent struct {
	keys      [2]int32 // [start, end) into doc.occ: the sentence's distinct keys
	words     int      // ROUGE-style word count (ZWNJ splits words)
	boiler    bool     // never chosen
	prefixN   int      // words in an attribution prefix
	pronoun   bool     // opens with a pronoun
	announces bool     // holds «خبر داد»
	heading   bool     // a title, heading or dateline: chosen only when nothing else is
	body      int32    // index among the sentences that are not headings
	post      int      // words after the sentence's first «:»
	quoted    int      // words inside «»
	numbers   int      // number tokens
	final     bool     // ends with . ! ؟ or ?
	paraFirst bool     // first sentence of its paragraph
	repeats   int      // stop-word occurrences repeating one earlier in the sentence
	colon     bool     // holds a «:»
	lex       float64  // the sum of its distinct keys' lead log-ratios
	score     float64
	eligible  bool
}

// sumKey is the per-key state of one Summary call.
type sumKey struct {
	df     int32 // sentences holding the key
	first  int32 // first sentence holding it
	last   int32 // last sentence counted, for df
	stop   bool
	seg0   uint8   // where the key first stands in the first sentence, segNone if absent
	attrib bool    // stands before the «:» of a later sentence: «سخنگوی وزارت افزود:»
	number bool    // a number
	short  bool    // at most two letters
	early  uint8   // sentences among the first three (of the body) holding it
	tf     int32   // occurrences
	post   int32   // occurrences after a «:»
	lex    float32 // its lead log-ratio (leadLex)
}

// sumDoc is the working state of one Summary call.
type sumDoc struct {
	model  *keyModel
	smodel *sentModel
	body   int // sentences that are not headings, at least 1
	sents  []sumSent
	occ    []int32 // distinct key ids per sentence, concatenated
	info   []sumKey
	lex    *leadTable // leadLex, or a table fitted by the tests
}

// build folds every word of every sentence into a key and gathers the key
// statistics.
func (d *sumDoc) build(sentences []tokenize.Sentence, tokens []tokenize.Token) {
	stops := stopKeys()
	d.sents = make([]sumSent, len(sentences))
	d.occ = make([]int32, 0, len(tokens))
	// A long text grows the table rather than allocating it whole.
	ids := newKeyTable[int32](min(len(tokens)/2+8, 512))
	d.info = make([]sumKey, 0, len(tokens)/2+8)
	body := 0
	for si, s := range sentences {
		st := &d.sents[si]
		st.keys[0] = int32(len(d.occ))
		lo, hi := sumClamp(s.Tokens, len(tokens))
		toks := tokens[lo:hi]
		prefixEnd := attributionPrefix(toks)
		hasColon := false
		for _, t := range toks {
			if t.Kind == tokenize.Punct && t.Text == ":" {
				hasColon = true
				break
			}
		}
		st.heading = isHeading(sentences, si, toks)
		st.colon = hasColon
		b := int32(body) // index among the sentences that are not headings
		if !st.heading {
			body++
		}
		seg := segPlain // where the words of this sentence stand
		if hasColon {
			seg = segPre
		}
		st.body = b
		st.paraFirst = si == 0 || sentences[si-1].Paragraph != s.Paragraph
		if len(toks) > 0 {
			switch toks[len(toks)-1].Text {
			case ".", "!", "؟", "?":
				st.final = true
			}
		}
		content, depth := 0, 0
		for ti, t := range toks {
			switch t.Kind {
			case tokenize.URL, tokenize.Email, tokenize.Hashtag, tokenize.Mention:
				st.boiler = true
				continue
			case tokenize.Punct:
				switch t.Text {
				case ":":
					seg = segPost
				case "«":
					depth++
				case "»":
					depth = max(depth-1, 0)
				}
				continue
			case tokenize.Word, tokenize.Number, tokenize.Latin:
			default:
				continue
			}
			if t.Text == "داد" && ti > 0 && toks[ti-1].Text == "خبر" {
				st.announces = true
			}
			w := 1 + zwnjCount(t.Text)
			st.words += w
			if seg == segPost {
				st.post += w
			}
			if depth > 0 {
				st.quoted += w
			}
			if t.Kind == tokenize.Number {
				st.numbers++
			}
			if ti < prefixEnd || st.heading {
				st.prefixN += w
				continue
			}
			if content == 0 && t.Kind == tokenize.Word && opensWithPronoun(t.Text) {
				st.pronoun = true
			}
			content++
			h := wordKey(t.Text)
			id, ok := ids.get(h)
			if !ok {
				id = int32(len(d.info))
				ids.put(h, id)
				_, stop := stops[h]
				k := sumKey{first: b, last: -1, stop: stop, number: t.Kind == tokenize.Number, short: utf8.RuneCountInString(t.Text) <= 2}
				if b == 0 {
					k.seg0 = seg
				}
				if d.lex != nil {
					k.lex, _ = d.lex.get(h)
				}
				d.info = append(d.info, k)
			}
			k := &d.info[id]
			if b > 0 && seg == segPre {
				k.attrib = true
			}
			k.tf++
			if seg == segPost {
				k.post++
			}
			if k.last != int32(si) {
				k.last = int32(si)
				k.df++
				if b < 3 {
					k.early++
				}
				d.occ = append(d.occ, id)
				st.lex += float64(k.lex)
			} else if k.stop {
				st.repeats++
			}
		}
		st.keys[1] = int32(len(d.occ))
		if !st.boiler {
			st.boiler = isFooter(toks)
		}
		st.eligible = !st.boiler && !st.heading && st.words > st.prefixN
	}
	d.body = max(body, 1)
	if body == 0 {
		// Only headings: they are the text.
		for i := range d.sents {
			st := &d.sents[i]
			st.eligible = !st.boiler && st.words > 0
		}
	}
}

// isHeading reports whether sentence si, whose tokens are toks, is a
// heading, a title or a dateline: alone on its line, with more text after
// it, at most 20 words, and without final punctuation.
func isHeading(sentences []tokenize.Sentence, si int, toks []tokenize.Token) bool {
	p := sentences[si].Paragraph
	if si+1 >= len(sentences) || sentences[si+1].Paragraph == p || (si > 0 && sentences[si-1].Paragraph == p) || len(toks) == 0 {
		return false
	}
	if last := toks[len(toks)-1]; last.Kind == tokenize.Punct {
		switch last.Text {
		case ".", "!", "؟", "?", "…", "»", "\"", ")", ":":
			return false
		}
	}
	words := 0
	for _, t := range toks {
		switch t.Kind {
		case tokenize.Word, tokenize.Number, tokenize.Latin:
			words++
		}
	}
	return words <= 20
}

// Where a word stands in its sentence: a sentence without «:», or before or
// after the «:» of «X گفت: ...».
const (
	segNone uint8 = iota
	segPlain
	segPre
	segPost
)

// sumClamp returns r limited to [0, n] with Start <= End.
func sumClamp(r tokenize.Range, n int) (int, int) {
	lo, hi := max(r.Start, 0), min(r.End, n)
	if lo > hi {
		return 0, 0
	}
	return lo, hi
}

// keyFeatures returns the model's features of a key in a text of
// len(sentences) = exp(logN).
func keyFeatures(k sumKey, logN, invN float64) (x [nKW]float64) {
	ld := logSmall(k.df)
	x[kwBias] = 1
	x[kwLogDF] = ld
	x[kwLogN] = logN
	if k.stop {
		x[kwStop] = 1
		x[kwStopDF] = ld
	}
	if k.attrib {
		x[kwAttrib] = 1
		if k.stop {
			x[kwAttribStop] = 1
		}
	}
	if k.tf != k.df {
		x[kwLogTF] = math.Log(float64(k.tf) / float64(k.df))
	}
	if k.number {
		x[kwNumber] = 1
	}
	if k.short {
		x[kwShort] = 1
	}
	x[kwFirstRel] = float64(k.first) * invN
	x[kwPostShare] = float64(k.post) / float64(k.tf)
	x[kwEarly] = logSmall(int32(k.early) + 1)
	x[kwLex] = float64(k.lex)
	switch k.seg0 {
	case segPre:
		x[kwFirst0Pre] = 1
	case segPost:
		x[kwFirst0Post] = 1
	}
	switch k.first {
	case 0:
		x[kwFirst0] = 1
		x[kwFirst0DF] = ld
	case 1:
		x[kwFirst1] = 1
	case 2:
		x[kwFirst2] = 1
	}
	return x
}

// logSmall is the natural logarithm of n, without a call for the counts
// most words have.
func logSmall(n int32) float64 {
	switch n {
	case 1:
		return 0
	case 2:
		return math.Ln2
	}
	return math.Log(float64(n))
}

// weight is the modelled chance that the key appears in the lead, in a
// text of exp(logN) = 1/invN sentences.
// It sums the model over keyFeatures' features without building them:
// most are zero (TestKeyWeight checks that both agree).
func (m *keyModel) weight(k sumKey, logN, invN float64) float64 {
	ld := logSmall(k.df)
	z := m[kwBias] + m[kwLogDF]*ld + m[kwLogN]*logN +
		m[kwFirstRel]*float64(k.first)*invN + m[kwEarly]*logSmall(int32(k.early)+1) + m[kwLex]*float64(k.lex)
	if k.stop {
		z += m[kwStop] + m[kwStopDF]*ld
	}
	if k.attrib {
		z += m[kwAttrib]
		if k.stop {
			z += m[kwAttribStop]
		}
	}
	if k.tf != k.df {
		z += m[kwLogTF] * math.Log(float64(k.tf)/float64(k.df))
	}
	if k.number {
		z += m[kwNumber]
	}
	if k.short {
		z += m[kwShort]
	}
	if k.post > 0 {
		z += m[kwPostShare] * float64(k.post) / float64(k.tf)
	}
	switch k.seg0 {
	case segPre:
		z += m[kwFirst0Pre]
	case segPost:
		z += m[kwFirst0Post]
	}
	switch k.first {
	case 0:
		z += m[kwFirst0] + m[kwFirst0DF]*ld
	case 1:
		z += m[kwFirst1]
	case 2:
		z += m[kwFirst2]
	}
	return 1 / (1 + math.Exp(-z))
}

// The features of a sentence, indices into a sentModel.
const (
	sfExpTrim   = iota // expected ROUGE-1 F1 of the sentence without its attribution prefix: 2·E/(L+R)
	sfExpWhole         // the same for the whole sentence, its prefix counted in L
	sfPrefix           // share of its words in an attribution prefix
	sfPos0             // the first sentence of the body
	sfPos1             // the second
	sfPos2             // the third
	sfLogPos           // log(1 + body index)
	sfAnnounce         // holds «خبر داد»
	sfPronoun          // opens with a pronoun
	sfShort            // fewer than shortWords words
	sfPost             // share of its words after a «:», a quote's words
	sfQuoted           // share of its words inside «»
	sfLenDev           // |L − R| / R, distance from a lead's length
	sfCentral          // mean cosine similarity to the other sentences (idf-weighted content keys)
	sfNumbers          // share of number tokens
	sfFinal            // ends with final punctuation
	sfParaFirst        // opens its paragraph
	sfESqrt            // E/√L: the cosine-like share of lead weight
	sfLogLen           // log(1 + L)
	sfCentral0         // centrality of the first sentence of the body
	sfRepeat           // repeated stop words, over L+R: ROUGE counts each occurrence
	sfSimFirst         // cosine similarity to the first sentence of the body
	sfColon            // holds a «:»
	sfLex              // the sum of its distinct words' lead log-ratios (leadLex), over L+R
	nSF
)

// sentModel holds the coefficients of the linear sentence score.
type sentModel [nSF]float64

// scoreModel was fitted on the ROUGE corpus by least squares: every
// eligible sentence's features against its whole-sentence ROUGE-1 with the
// agency's lead, both centred per article, with a small ridge
// (rouge_test.go, TestFitModels, reproduces it and its 2-fold
// cross-validation).
var scoreModel = sentModel{
	sfExpTrim:   0.156,
	sfExpWhole:  1.155,
	sfPrefix:    0.214,
	sfPos0:      -0.121,
	sfPos1:      0.001,
	sfPos2:      -0.003,
	sfLogPos:    -0.001,
	sfAnnounce:  0.046,
	sfPronoun:   -0.006,
	sfShort:     0.011,
	sfPost:      0.025,
	sfQuoted:    -0.030,
	sfLenDev:    -0.004,
	sfCentral:   0.342,
	sfNumbers:   -0.040,
	sfFinal:     0.010,
	sfParaFirst: 0.008,
	sfESqrt:     -0.082,
	sfLogLen:    0.013,
	sfCentral0:  0.318,
	sfRepeat:    0.145,
	sfSimFirst:  0.104,
	sfColon:     -0.006,
	sfLex:       0.250,
}

// weights returns the modelled lead chance of every key, and every
// sentence's centrality: the mean cosine similarity of its idf-weighted
// content keys to those of the other sentences, computed in one pass over
// the key occurrences as v_i·Σ_j(v_j/|v_j|)/|v_i|.
func (d *sumDoc) weights() (w, central, simFirst []float64) {
	nk := len(d.info)
	ns := len(d.sents)
	slab := make([]float64, 3*nk+2*ns) // one allocation
	w, idf, sum := slab[:nk:nk], slab[nk:2*nk:2*nk], slab[2*nk:3*nk:3*nk]
	central, simFirst = slab[3*nk:3*nk+ns:3*nk+ns], slab[3*nk+ns:]
	logN := math.Log(float64(d.body))
	nb := float64(d.body)
	idf1, idf2 := math.Log(1+nb), math.Log(1+nb/2) // the idf of most keys
	for i, k := range d.info {
		w[i] = d.model.weight(k, logN, 1/nb)
		if !k.stop && k.df > 0 {
			switch k.df {
			case 1:
				idf[i] = idf1
			case 2:
				idf[i] = idf2
			default:
				idf[i] = math.Log(1 + nb/float64(k.df))
			}
		}
	}
	norm0 := 0.0
	for i, k := range d.info {
		if k.first == 0 {
			norm0 += idf[i] * idf[i]
		}
	}
	norm0 = math.Sqrt(norm0)
	norm := central // reused: the norms first, the centralities after
	for si := range d.sents {
		st := &d.sents[si]
		q := 0.0
		for _, id := range d.occ[st.keys[0]:st.keys[1]] {
			q += idf[id] * idf[id]
		}
		norm[si] = math.Sqrt(q)
		if q > 0 {
			for _, id := range d.occ[st.keys[0]:st.keys[1]] {
				sum[id] += idf[id] / norm[si]
			}
		}
	}
	for si := range d.sents {
		st := &d.sents[si]
		if norm[si] == 0 || len(d.sents) < 2 {
			central[si] = 0
			continue
		}
		dot, dot0 := 0.0, 0.0
		for _, id := range d.occ[st.keys[0]:st.keys[1]] {
			dot += idf[id] * sum[id]
			if d.info[id].first == 0 {
				dot0 += idf[id] * idf[id]
			}
		}
		if norm0 > 0 {
			simFirst[si] = dot0 / (norm[si] * norm0)
		}
		central[si] = (dot/norm[si] - 1) / float64(len(d.sents)-1)
	}
	return w, central, simFirst
}

// features returns the features of sentence si.
func (d *sumDoc) features(si int, w, central, simFirst []float64) (x [nSF]float64) {
	st := &d.sents[si]
	e := 0.0
	for _, id := range d.occ[st.keys[0]:st.keys[1]] {
		e += w[id]
	}
	words := st.words - st.prefixN
	all := float64(max(st.words, 1))
	x[sfExpTrim] = 2 * e / (float64(words) + leadWords)
	x[sfExpWhole] = 2 * e / (float64(st.words) + leadWords)
	x[sfPrefix] = float64(st.prefixN) / all
	switch st.body {
	case 0:
		x[sfPos0] = 1
	case 1:
		x[sfPos1] = 1
	case 2:
		x[sfPos2] = 1
	}
	x[sfLogPos] = math.Log1p(float64(max(st.body, 0)))
	if st.announces {
		x[sfAnnounce] = 1
	}
	if st.pronoun {
		x[sfPronoun] = 1
	}
	if words < shortWords {
		x[sfShort] = 1
	}
	x[sfPost] = float64(st.post) / all
	x[sfQuoted] = float64(st.quoted) / all
	x[sfLenDev] = math.Abs(float64(st.words)-leadWords) / leadWords
	x[sfCentral] = central[si]
	x[sfNumbers] = float64(st.numbers) / all
	if st.final {
		x[sfFinal] = 1
	}
	if st.paraFirst {
		x[sfParaFirst] = 1
	}
	x[sfESqrt] = e / math.Sqrt(float64(st.words)+1)
	x[sfLogLen] = math.Log1p(float64(st.words))
	x[sfCentral0] = x[sfCentral] * x[sfPos0]
	x[sfRepeat] = float64(st.repeats) / (float64(words) + leadWords)
	x[sfSimFirst] = simFirst[si]
	if st.colon {
		x[sfColon] = 1
	}
	x[sfLex] = st.lex / (float64(st.words) + leadWords)
	return x
}

// score sets every eligible sentence's score: the sentence model over its
// features.
func (d *sumDoc) score() {
	w, central, simFirst := d.weights()
	for i := range d.sents {
		st := &d.sents[i]
		if !st.eligible {
			continue
		}
		x := d.features(i, w, central, simFirst)
		s := 0.0
		for f, v := range x {
			s += d.smodel[f] * v
		}
		st.score = s
	}
}

// pick returns the n best sentences, greedily penalising overlap with the
// sentences already taken, in document order. A sentence's penalised score
// only falls as sentences are taken, so the greedy choice is made lazily
// from a max-heap: the top is re-scored when its overlap changed since it
// was pushed, and taken when it did not. Each re-scoring follows a change
// of overlap, so the cost is O((sentences + key occurrences)·log
// sentences) whatever n, and the choice is the one a full scan per
// sentence taken would make (ties to the earlier sentence).
func (d *sumDoc) pick(n int) []int {
	d.score()
	eligible := 0
	best, bestScore := -1, math.Inf(-1)
	for i := range d.sents {
		if st := &d.sents[i]; st.eligible {
			eligible++
			if st.score > bestScore {
				best, bestScore = i, st.score
			}
		}
	}
	if n >= eligible {
		out := make([]int, 0, eligible)
		for i := range d.sents {
			if d.sents[i].eligible {
				out = append(out, i)
			}
		}
		return out
	}
	if n == 1 {
		return []int{best}
	}
	var r redundancy
	r.init(d)
	h := pickHeap{items: make([]pickItem, 0, eligible)}
	for i := range d.sents {
		if st := &d.sents[i]; st.eligible {
			h.items = append(h.items, pickItem{score: st.score, sent: int32(i)})
		}
	}
	h.init()
	out := make([]int, 0, n)
	for len(out) < n && len(h.items) > 0 {
		top := &h.items[0]
		i := int(top.sent)
		if hits := r.hits[i]; hits != top.hits {
			// Stale: its overlap grew since it was scored.
			top.hits = hits
			top.score = d.sents[i].score - redundancyMix*float64(hits)/float64(r.content[i])
			h.down(0)
			continue
		}
		out = append(out, i)
		h.pop()
		if len(out) < n {
			r.take(d, i)
		}
	}
	slices.Sort(out)
	return out
}

// pickItem is a sentence in pick's heap with its score when pushed and
// the overlap (redundancy.hits) that score reflects.
type pickItem struct {
	score float64
	sent  int32
	hits  int32
}

// pickHeap is a binary max-heap of sentences by score, ties to the
// earlier sentence.
type pickHeap struct{ items []pickItem }

func (h *pickHeap) less(a, b int) bool {
	x, y := &h.items[a], &h.items[b]
	return x.score > y.score || (x.score == y.score && x.sent < y.sent)
}

func (h *pickHeap) init() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *pickHeap) down(i int) {
	n := len(h.items)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && h.less(c+1, c) {
			c++
		}
		if !h.less(c, i) {
			return
		}
		h.items[i], h.items[c] = h.items[c], h.items[i]
		i = c
	}
}

func (h *pickHeap) pop() {
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	if last > 0 {
		h.down(0)
	}
}

// redundancy tracks, for every sentence, how many of its content keys
// (not stop words) the sentences taken so far hold.
type redundancy struct {
	content []int32 // content keys per sentence
	hits    []int32 // of those, keys already taken
	taken   []bool  // per key
	start   []int32 // per key: its postings in post are post[start[k]:start[k+1]]
	post    []int32 // sentences holding each key, grouped by key
}

func (r *redundancy) init(d *sumDoc) {
	r.content = make([]int32, len(d.sents))
	r.hits = make([]int32, len(d.sents))
	r.taken = make([]bool, len(d.info))
	r.start = make([]int32, len(d.info)+1)
	for i, k := range d.info {
		r.start[i+1] = r.start[i] + k.df
	}
	r.post = make([]int32, len(d.occ))
	fill := slices.Clone(r.start[:len(d.info)])
	for si := range d.sents {
		st := &d.sents[si]
		for _, id := range d.occ[st.keys[0]:st.keys[1]] {
			r.post[fill[id]] = int32(si)
			fill[id]++
			if !d.info[id].stop {
				r.content[si]++
			}
		}
	}
}

// take marks the content keys of sentence si as taken.
func (r *redundancy) take(d *sumDoc, si int) {
	st := &d.sents[si]
	for _, id := range d.occ[st.keys[0]:st.keys[1]] {
		if d.info[id].stop || r.taken[id] {
			continue
		}
		r.taken[id] = true
		for _, sj := range r.post[r.start[id]:r.start[id+1]] {
			r.hits[sj]++
		}
	}
}

// zwnjCount counts the ZWNJs inside a word: ROUGE, like a reader, sees
// «می‌شود» as two words.
func zwnjCount(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x8C {
			n++
			i += 2
		}
	}
	return n
}

// opensWithPronoun reports whether w is a third-person subject pronoun: a sentence
// opening with one continues another and is a poor summary on its own.
func opensWithPronoun(w string) bool {
	switch w {
	case "وی", "او", "ایشان", "آنها", "آن\u200cها", "وي":
		return true
	}
	return false
}

// attributionPrefix returns the number of leading tokens of a sentence that
// form an agency attribution, «به گزارش X (از Y)،», optionally followed by
// «به نقل از Z،», or 0 when the sentence opens with none. Each part ends at
// its first «،» (or «:») within 40 tokens; a part without one is not an
// attribution.
func attributionPrefix(toks []tokenize.Token) int {
	n := 0
	if len(toks) >= 3 && toks[0].Text == "به" && toks[1].Text == "گزارش" {
		n = clauseEnd(toks, 2)
		if n == 0 {
			return 0
		}
	}
	if len(toks) >= n+4 && toks[n].Text == "به" && toks[n+1].Text == "نقل" && toks[n+2].Text == "از" {
		if m := clauseEnd(toks, n+3); m > 0 {
			n = m
		}
	}
	return n
}

// clauseEnd returns the index after the first «،» or «:» at or after from,
// within 40 tokens of the sentence start, or 0 when there is none.
func clauseEnd(toks []tokenize.Token, from int) int {
	for i := from; i < len(toks) && i < 40; i++ {
		if toks[i].Kind == tokenize.Punct {
			switch toks[i].Text {
			case "،", ",", ":":
				return i + 1
			}
		}
	}
	return 0
}

// Trim returns the span of sentence s to show in a summary: the sentence
// without a leading agency attribution, «به گزارش ایرنا،», «به گزارش
// خبرنگار مهر از تبریز، به نقل از روابط عمومی استانداری،» or «به نقل از
// رویترز،». A lead never repeats its agency's attribution, and the words
// that follow it form the sentence on their own. Trim returns s.Span
// unchanged when the sentence has no such prefix, or when its Tokens range
// does not index tokens. It allocates nothing.
func Trim(text string, s tokenize.Sentence, tokens []tokenize.Token) tokenize.Span {
	lo, hi := sumClamp(s.Tokens, len(tokens))
	if lo != s.Tokens.Start || hi != s.Tokens.End {
		return s.Span
	}
	toks := tokens[lo:hi]
	if n := attributionPrefix(toks); n > 0 && n < len(toks) {
		if start := toks[n].Start; s.Start <= start && start <= s.End && s.End <= len(text) {
			return tokenize.Span{Start: start, End: s.End}
		}
	}
	return s.Span
}

// isFooter reports whether a sentence is an agency footer: «انتهای پیام» or
// «انتهای خبر», or a call to action to the reader («... ارسال کنید»،
// «... ارسال فرمایید»، «... عضو شوید»، «... کلیک کنید»).
func isFooter(toks []tokenize.Token) bool {
	words := 0
	for i, t := range toks {
		if t.Kind != tokenize.Word {
			continue
		}
		words++
		if t.Text == "انتهای" && i+1 < len(toks) {
			switch toks[i+1].Text {
			case "پیام", "خبر":
				return true
			}
		}
		if i > 0 && (t.Text == "کنید" || t.Text == "شوید" || t.Text == "نمایید" || t.Text == "فرمایید") {
			switch toks[i-1].Text {
			case "ارسال", "عضو", "کلیک", "مراجعه", "دنبال", "دانلود":
				return true
			}
		}
	}
	return false
}

// keyTable is an open-addressing hash table (linear probing, at most half
// full: it grows) from fold keys to values. build looks up every word of a
// text in two of them (the text's key ids and leadLex); through Go maps
// these look-ups took several percent of Summary's time.
type keyTable[V any] struct {
	keys    []uint64 // 0 marks an empty slot; the key 0 itself is kept apart
	vals    []V
	shift   uint // 64 - log2(len(keys))
	n       int  // entries in keys
	zero    V    // the value of the key 0, when hasZero
	hasZero bool
}

// newKeyTable returns an empty table sized for about hint keys.
func newKeyTable[V any](hint int) *keyTable[V] {
	bits := uint(4)
	for 1<<bits < 2*hint {
		bits++
	}
	return &keyTable[V]{keys: make([]uint64, 1<<bits), vals: make([]V, 1<<bits), shift: 64 - bits}
}

// get returns the value of key h and whether the table holds it.
func (t *keyTable[V]) get(h uint64) (V, bool) {
	if h == 0 {
		return t.zero, t.hasZero
	}
	mask := uint64(len(t.keys) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> t.shift; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return t.vals[i], true
		case 0:
			var none V
			return none, false
		}
	}
}

// put sets the value of key h.
func (t *keyTable[V]) put(h uint64, v V) {
	if h == 0 {
		t.zero, t.hasZero = v, true
		return
	}
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		bits := 64 - old.shift + 1
		t.keys, t.vals, t.shift, t.n = make([]uint64, 1<<bits), make([]V, 1<<bits), 64-bits, 0
		for i, k := range old.keys {
			if k != 0 {
				t.put(k, old.vals[i])
			}
		}
	}
	mask := uint64(len(t.keys) - 1)
	i := h * 0x9e3779b97f4a7c15 >> t.shift
	for t.keys[i] != 0 && t.keys[i] != h {
		i = (i + 1) & mask
	}
	if t.keys[i] == 0 {
		t.n++
	}
	t.keys[i], t.vals[i] = h, v
}

// wordKey folds a word into a 64-bit FNV-1a hash of its matching form: no
// ZWNJ, ZWJ, tatweel or diacritics; Arabic ي ى ك ة and hamza-seated alefs as
// their Persian or bare forms; all digits as ASCII; Latin lower case; and
// without a plural or ezafe suffix (ها، های، ‌ای، ی) when at least three
// letters remain.
func wordKey(w string) uint64 {
	w = sumStem(w)
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
			i++
			continue
		}
		var r rune
		if c >= 0xC2 && c <= 0xDF && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			// Two-byte sequence, the whole Arabic block: no decoder call,
			// and foldRune from a table.
			switch f := foldTwo[int(c&0x1F)<<6|int(w[i+1]&0x3F)]; {
			case f == 0: // dropped
			case f < utf8.RuneSelf:
				h = (h ^ uint64(f)) * prime
			default:
				h = (h ^ uint64(0xC0|f>>6)) * prime
				h = (h ^ uint64(0x80|f&0x3F)) * prime
			}
			i += 2
			continue
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(w[i:])
			i += size
			if r == utf8.RuneError && size == 1 {
				h = (h ^ uint64(c)) * prime // invalid byte: itself
				continue
			}
		}
		r, keep := foldRune(r)
		switch {
		case !keep:
		case r < utf8.RuneSelf:
			h = (h ^ uint64(r)) * prime
		case r < 0x800:
			h = (h ^ uint64(0xC0|r>>6)) * prime
			h = (h ^ uint64(0x80|r&0x3F)) * prime
		default:
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, b := range buf[:n] {
				h = (h ^ uint64(b)) * prime
			}
		}
	}
	return h
}

// foldTwo is foldRune for the runes of two bytes (U+0080-U+07FF), all of
// which fold to runes of one or two bytes: the folded rune, or 0 when it is
// dropped.
var foldTwo = func() (t [0x800]uint16) {
	for r := rune(0x80); r < 0x800; r++ {
		if f, keep := foldRune(r); keep {
			t[r] = uint16(f)
		}
	}
	return t
}()

// foldRune maps a rune to its matching form, or reports that it is dropped.
func foldRune(r rune) (rune, bool) {
	switch {
	case r == '\u200c' || r == '\u200d' || r == '\u0640' || ('\u064b' <= r && r <= '\u065f') || r == '\u0670':
		return 0, false
	case r == 'ي' || r == 'ى':
		return 'ی', true
	case r == 'ك':
		return 'ک', true
	case r == 'ة':
		return 'ه', true
	case r == 'أ' || r == 'إ' || r == 'ٱ':
		return 'ا', true
	case '۰' <= r && r <= '۹':
		return '0' + r - '۰', true
	case '٠' <= r && r <= '٩':
		return '0' + r - '٠', true
	}
	return r, true
}

// stem strips one plural or ezafe suffix: «کشورهای» → «کشور»,
// «ایرانی» → «ایران», «خامنه‌ای» → «خامنه», keeping at least three letters.
func sumStem(w string) string {
	for _, suf := range [...]string{"\u200cهای", "های", "\u200cها", "ها", "\u200cای", "ی", "ي"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			rest := w[:len(w)-len(suf)]
			if utf8.RuneCountInString(rest) >= 3 {
				return sumTrimZWNJ(rest)
			}
		}
	}
	return w
}

func sumTrimZWNJ(s string) string {
	for len(s) >= 3 && s[len(s)-3:] == "\u200c" {
		s = s[:len(s)-3]
	}
	return s
}
