package normalize

// nextToken returns the bounds of the next space-delimited token of line
// at or after i: the space before it [wsStart, start) and the token
// [start, end). start == len(line) when no token is left.
func nextToken(line string, i int) (wsStart, start, end int) {
	wsStart = i
	for i < len(line) && isWS(line[i]) {
		i++
	}
	return wsStart, i, runEnd(line, i)
}

// words applies the word stage to a line already through the spacing
// stage: digits and separators, then ZWNJ restoration inside glued words
// and between words written with a space, writing the result to w.
func (n *Normalizer) words(w *writer, st *lineState, line string) {
	o := &n.o
	var pend string
	havePend := false
	prev := scriptNone
	ws, s, e := nextToken(line, 0)
	for s < len(line) {
		gap := line[ws:s]
		tok := line[s:e]
		ws2, s2, e2 := nextToken(line, e)
		next := scriptNone
		if s2 < len(line) {
			next = scriptOf(line[s2:e2])
		}
		cur := scriptOf(tok)
		if !isProtected(tok) {
			if o.digits != Keep || o.separators != Keep {
				convert := o.digits == Persian && prev != scriptLatin && next != scriptLatin && !hasLatinLetter(tok)
				tok = n.rewriteDigits(st, tok, convert)
			}
			if !o.keepGlued && cur == scriptArabic {
				tok = restoreWord(tok)
			}
		}
		prev = cur
		if havePend {
			joined := false
			if !o.keepSpaced && gap == " " {
				var j string
				if j, joined = joinPair(pend, tok); joined {
					pend = j
				}
			}
			if !joined {
				w.str(pend)
				w.str(gap)
				pend = tok
			}
		} else {
			w.str(gap)
			pend, havePend = tok, true
		}
		ws, s, e = ws2, s2, e2
	}
	if havePend {
		w.str(pend)
	}
	w.str(line[ws:])
}
