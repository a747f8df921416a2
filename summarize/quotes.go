package summarize

import (
	"sort"
	"strings"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// Quotes finds the quotations of text and attributes each to a speaker.
//
// sentences and tokens must be those of text, as [tokenize.Split] returns
// them; entities are those of text, as entity.Extract returns them (nil is
// allowed: every speaker is then unknown). Quotes are returned in text
// order. When tokens or sentences do not index text (a span out of range or
// out of order), Quotes returns nil rather than guess.
//
// Quotes allocates its result and a few small working slices; it does not
// copy text: the Cue of each Quote is a substring of text. See the package
// documentation for the rules.
func Quotes(text string, sentences []tokenize.Sentence, tokens []tokenize.Token, entities []entity.Entity) []Quote {
	q := newQuoter(text, sentences, tokens, entities)
	if q == nil {
		return nil
	}
	for si := range sentences {
		q.sentence(si)
	}
	return q.out
}

// ref is one mention of an entity: its span and the index of the entity in
// the slice passed to Quotes.
type ref struct {
	tokenize.Span
	ent  int
	form entity.Form
}

// quoter holds the state of one Quotes call.
type quoter struct {
	text      string
	sents     []tokenize.Sentence
	toks      []tokenize.Token
	ents      []entity.Entity
	mentions  []ref // mentions of every entity, by start
	countries []ref // country mentions, by start

	pfrom, pend int // cached paragraphEnd: no line break in text[pfrom:pend]

	roles   []roleWords // per entity; built on first role match
	closeOf map[int]int // token index of a « → token index of its closing »; built on first use

	out      []Quote
	skip     int             // byte offset: tokens before it lie in a quote already taken
	excluded []tokenize.Span // indirect contents of the current sentence
	last     int             // entity index of the most recent person subject, or -1
}

func newQuoter(text string, sents []tokenize.Sentence, toks []tokenize.Token, ents []entity.Entity) *quoter {
	if len(toks) == 0 || len(sents) == 0 {
		return nil
	}
	prev := 0
	for _, t := range toks {
		if t.Start < prev || t.End < t.Start || t.End > len(text) {
			return nil
		}
		prev = t.End
	}
	for _, s := range sents {
		if s.Tokens.Start < 0 || s.Tokens.End < s.Tokens.Start || s.Tokens.End > len(toks) {
			return nil
		}
	}
	q := &quoter{text: text, sents: sents, toks: toks, ents: ents, last: -1, pfrom: 1, pend: 0}
	for i, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End < m.Start || m.End > len(text) {
				continue
			}
			r := ref{Span: m.Span, ent: i, form: m.Form}
			q.mentions = append(q.mentions, r)
			if e.Kind == entity.Country {
				q.countries = append(q.countries, r)
			}
		}
	}
	sort.SliceStable(q.mentions, func(a, b int) bool { return q.mentions[a].Start < q.mentions[b].Start })
	sort.SliceStable(q.countries, func(a, b int) bool { return q.countries[a].Start < q.countries[b].Start })
	return q
}

// sentence finds the quotes that start in sentence si.
func (q *quoter) sentence(si int) {
	s := q.sents[si]
	q.excluded = q.excluded[:0]
	clause := s.Tokens.Start
	found := false
	for i := s.Tokens.Start; i < s.Tokens.End; {
		t := q.toks[i]
		if t.Start < q.skip {
			i++
			clause = i
			continue
		}
		switch {
		case t.Text == "؛":
			clause = i + 1
		case t.Text == "«":
			if n, ok := q.reverseQuote(i); ok {
				i, clause, found = n, n, true
				continue
			}
		case t.Text == "به" && q.word(i+1) == "گفته":
			if n, ok := q.accordingTo(si, i); ok {
				i, clause, found = n, n, true
				continue
			}
		case t.Text == "با" && q.word(i+1) == "بیان":
			if n, ok := q.byStating(si, clause, i); ok {
				i, found = n, true
				continue
			}
		}
		if end, ok := cueAt(q.text, q.toks, i); ok {
			if n, ok := q.cue(si, clause, i, end); ok {
				i, clause, found = n, n, true
				continue
			}
			i = end
			continue
		}
		i++
	}
	if !found && clause < s.Tokens.End {
		// A sentence without a quote still moves the discourse topic:
		// «X met Y. He said: ...» quotes X.
		if e := q.subject(clause, s.Tokens.End, false); e >= 0 {
			q.last = e
		}
	}
}

// word returns the text of token i, or "" past the end.
func (q *quoter) word(i int) string {
	if i < 0 || i >= len(q.toks) {
		return ""
	}
	return q.toks[i].Text
}

// next returns the index of the first token that starts at or after off.
func (q *quoter) next(off int) int {
	return sort.Search(len(q.toks), func(i int) bool { return q.toks[i].Start >= off })
}

// paragraphEnd returns the byte offset of the end of the line holding off.
// The last answer is cached: queries come in text order, so a long line is
// scanned once, not once per quote.
func (q *quoter) paragraphEnd(off int) int {
	if q.pfrom <= off && off <= q.pend {
		return q.pend
	}
	q.pfrom, q.pend = off, len(q.text)
	if i := strings.IndexByte(q.text[off:], '\n'); i >= 0 {
		q.pend = off + i
	}
	return q.pend
}

// trim shrinks a span to exclude surrounding white space.
func (q *quoter) trim(sp tokenize.Span) tokenize.Span {
	for sp.Start < sp.End && isSpaceByte(q.text[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpaceByte(q.text[sp.End-1]) {
		sp.End--
	}
	if strings.HasSuffix(q.text[sp.Start:sp.End], "\u200c") { // a stray ZWNJ before a line end
		sp.End -= len("\u200c")
	}
	return sp
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n'
}

// emit appends a quote spoken by entity index e (or -1).
func (q *quoter) emit(e int, cue, content tokenize.Span, direct bool) {
	qt := Quote{Speaker: -1, Cue: q.text[cue.Start:cue.End], CueSpan: cue, Content: content, Direct: direct}
	if e >= 0 {
		qt.Speaker = q.ents[e].ID
		qt.SpeakerName = q.ents[e].Name
		if q.ents[e].Kind == entity.Person {
			q.last = e
		}
	}
	q.out = append(q.out, qt)
}

// cue handles a reporting cue at tokens [i, end) of sentence si whose
// subject clause starts at token clause. It recognises
//
//	X CUE: content             (direct, to the end of the paragraph)
//	X CUE: «content»           (direct, to the closing guillemet)
//	X CUE «content»            (direct)
//	X CUE که: content          (direct)
//	X CUE که content           (indirect, to the end of the sentence)
//
// and returns the index of the token after the quote.
func (q *quoter) cue(si, clause, i, end int) (int, bool) {
	j := end
	var content tokenize.Span
	var skip int
	direct := true
	switch q.word(j) {
	case ":":
		content, skip = q.afterColon(j)
	case "«":
		if !q.wholeClause(j) {
			return 0, false
		}
		content, skip = q.guillemet(j)
	case "که":
		switch {
		case q.word(j+1) == ":":
			content, skip = q.afterColon(j + 1)
		case q.word(j+1) == "«" && q.wholeClause(j+1):
			content, skip = q.guillemet(j + 1)
		default:
			if j+1 >= q.sents[si].Tokens.End {
				return 0, false
			}
			direct = false
			content = q.trim(tokenize.Span{Start: q.toks[j].End, End: q.sents[si].End})
			skip = content.End
		}
	default:
		return 0, false
	}
	if content.Len() == 0 {
		return 0, false
	}
	cueSpan := tokenize.Span{Start: q.toks[i].Start, End: q.toks[end-1].End}
	q.emit(q.subject(clause, i, true), cueSpan, content, direct)
	q.skip = skip
	return q.next(skip), true
}

// wholeClause reports whether the guillemets opening at token j, after a
// cue without a colon, hold the whole reported clause: their » closes the
// sentence or the paragraph. In «گفت که «گام به گام» باید پیش رفت» they
// only mark a phrase inside indirect speech.
func (q *quoter) wholeClause(j int) bool {
	c := q.closing(j)
	if c < 0 {
		return true // runs to the end of the paragraph
	}
	if c+1 >= len(q.toks) || q.paragraphEnd(q.toks[c].End) < q.toks[c+1].Start {
		return true
	}
	switch q.toks[c+1].Text {
	case ".", "!", "؟", "?", "؛", "…":
		return true
	}
	return false
}

// afterColon returns the content of a direct quote introduced by the colon
// at token j: a guillemet quote when one opens right after the colon,
// otherwise the rest of the paragraph (the next paragraph when the colon
// ends its line), cut before a later sentence of the same paragraph in the
// narrator's voice («... . وی افزود: ...», «... . وی همچنین ...»).
func (q *quoter) afterColon(j int) (content tokenize.Span, skip int) {
	if q.word(j+1) == "«" {
		return q.guillemet(j + 1)
	}
	start := q.toks[j].End
	if j+1 < len(q.toks) && strings.IndexByte(q.text[start:q.toks[j+1].Start], '\n') >= 0 {
		// «X گفت:» ends its line: the quote is the next paragraph.
		start = q.toks[j+1].Start
	}
	end := q.paragraphEnd(start)
	// Later sentences of the paragraph.
	si := sort.Search(len(q.sents), func(k int) bool { return q.sents[k].Start >= start })
	for ; si < len(q.sents) && q.sents[si].Start < end; si++ {
		if q.hasDirectCue(q.sents[si]) {
			end = q.sents[si].Start
			break
		}
	}
	content = q.trim(tokenize.Span{Start: start, End: end})
	return content, max(content.End, start)
}

// hasDirectCue reports whether sentence s is the narrator's again: it holds
// a cue followed by a colon, or opens with «به گفته» or with «وی», the
// formal third-person pronoun of news prose that quoted speech hardly uses.
func (q *quoter) hasDirectCue(s tokenize.Sentence) bool {
	if s.Tokens.Len() > 0 {
		switch w := q.toks[s.Tokens.Start].Text; {
		case w == "وی", w == "به" && q.word(s.Tokens.Start+1) == "گفته":
			return true
		}
	}
	for k := s.Tokens.Start; k < s.Tokens.End; k++ {
		if q.toks[k].Text != ":" || k == s.Tokens.Start {
			continue
		}
		for b := max(s.Tokens.Start, k-maxCueTokens); b < k; b++ {
			if end, ok := cueAt(q.text, q.toks, b); ok && end == k {
				return true
			}
		}
	}
	return false
}

// closing returns the index of the » that closes the « at token j, counting
// nested pairs and staying within the paragraph, or -1. All pairs are found
// in one pass on first use, so that a text of many unclosed « stays linear.
func (q *quoter) closing(j int) int {
	if q.closeOf == nil {
		q.closeOf = map[int]int{}
		var open []int
		for k, t := range q.toks {
			if k > 0 && strings.IndexByte(q.text[q.toks[k-1].End:t.Start], '\n') >= 0 {
				open = open[:0] // a paragraph ends: unclosed « stay unclosed
			}
			switch t.Text {
			case "«":
				open = append(open, k)
			case "»":
				if len(open) > 0 {
					q.closeOf[open[len(open)-1]] = k
					open = open[:len(open)-1]
				}
			}
		}
	}
	if c, ok := q.closeOf[j]; ok {
		return c
	}
	return -1
}

// guillemet returns the content between the « at token j and its closing
// », or to the end of the paragraph when it is never closed.
func (q *quoter) guillemet(j int) (content tokenize.Span, skip int) {
	start := q.toks[j].End
	c := q.closing(j)
	if c < 0 {
		content = q.trim(tokenize.Span{Start: start, End: q.paragraphEnd(start)})
		return content, max(content.End, start)
	}
	content = q.trim(tokenize.Span{Start: start, End: q.toks[c].Start})
	return content, q.toks[c].End
}

// reverseQuote handles a guillemet quote that comes before its cue:
//
//	«content»، X CUE.
//
// The cue must close its clause within a few words of the closing ».
func (q *quoter) reverseQuote(i int) (int, bool) {
	c := q.closing(i)
	if c < 0 || c == i+1 {
		return 0, false
	}
	k := c + 1
	if w := q.word(k); w == "،" || w == "," {
		k++
	}
	pend := q.paragraphEnd(q.toks[i].Start)
	for m := k; m < len(q.toks) && m < k+10 && q.toks[m].Start < pend; m++ {
		switch q.toks[m].Text {
		case ".", "؟", "?", "!", "«", ":":
			return 0, false
		}
		end, ok := cueAt(q.text, q.toks, m)
		if !ok {
			continue
		}
		if end < len(q.toks) && q.toks[end].Start < pend {
			switch q.toks[end].Text {
			case ".", "؛", "!", "؟", "?", "،", ",":
			default:
				return 0, false
			}
		}
		content := q.trim(tokenize.Span{Start: q.toks[i].End, End: q.toks[c].Start})
		if content.Len() == 0 {
			return 0, false
		}
		cueSpan := tokenize.Span{Start: q.toks[m].Start, End: q.toks[end-1].End}
		q.emit(q.subject(k, m, true), cueSpan, content, true)
		q.skip = cueSpan.End
		return end, true
	}
	return 0, false
}

// accordingTo handles «به گفته X، content» at token i: indirect speech
// attributed to X, running to the end of the sentence.
func (q *quoter) accordingTo(si, i int) (int, bool) {
	s := q.sents[si]
	from := i + 2
	comma := -1
	for k := from; k < s.Tokens.End && k < from+8; k++ {
		if w := q.toks[k].Text; w == "،" || w == "," {
			comma = k
			break
		}
	}
	if comma <= from {
		return 0, false
	}
	content := q.trim(tokenize.Span{Start: q.toks[comma].End, End: s.End})
	if content.Len() == 0 {
		return 0, false
	}
	cueSpan := tokenize.Span{Start: q.toks[i].Start, End: q.toks[i+1].End}
	q.emit(q.subject(from, comma, false), cueSpan, content, false)
	q.skip = content.End
	return q.next(content.End), true
}

// byStating handles «با بیان اینکه content، ... CUE» at token i: the clause
// is indirect speech of the sentence's subject, ending at the comma before
// the sentence's next cue (or at the sentence end). The main cue is left for
// the caller to find.
func (q *quoter) byStating(si, clause, i int) (int, bool) {
	s := q.sents[si]
	k := i + 2
	switch {
	case q.word(k) == "اینکه" || q.word(k) == "این\u200cکه":
		k++
	case q.word(k) == "این" && q.word(k+1) == "که":
		k += 2
	default:
		return 0, false
	}
	if k >= s.Tokens.End {
		return 0, false
	}
	end := s.End
	lastComma := -1
	for m := k; m < s.Tokens.End; m++ {
		if w := q.toks[m].Text; w == "،" || w == "," {
			lastComma = m
		}
		if _, ok := cueAt(q.text, q.toks, m); ok && lastComma >= 0 {
			end = q.toks[lastComma].Start
			break
		}
	}
	content := q.trim(tokenize.Span{Start: q.toks[k].Start, End: end})
	if content.Len() == 0 {
		return 0, false
	}
	cueSpan := tokenize.Span{Start: q.toks[i].Start, End: q.toks[k-1].End}
	q.emit(q.subject(clause, i, true), cueSpan, content, false)
	q.excluded = append(q.excluded, content)
	return q.next(content.End), true
}
