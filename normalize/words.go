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
	prevEdge := false // the previous token ends with a letter or digit
	ws, s, e := nextToken(line, 0)
	for s < len(line) {
		gap := line[ws:s]
		tok := line[s:e]
		ws2, s2, e2 := nextToken(line, e)
		// A neighbour counts for the digit rule only when no punctuation
		// stands between it and this token.
		next := scriptNone
		if s2 < len(line) && wordEdge(lastBefore(tok, len(tok))) {
			if r, _ := decode(line[s2:e2]); wordEdge(r) {
				next = scriptOf(line[s2:e2])
			}
		}
		if r, _ := decode(tok); !wordEdge(r) {
			prevEdge = false
		}
		cur := scriptOf(tok)
		if !isProtected(tok) {
			if o.digits != Keep || o.separators != Keep {
				convert := o.digits == Persian && !(prevEdge && prev == scriptLatin) && next != scriptLatin && !hasLatinLetter(tok)
				tok = n.rewriteDigits(st, tok, convert)
			}
			if !o.keepGlued && cur == scriptArabic {
				tok = restoreWord(tok)
			}
		}
		prev = cur
		prevEdge = wordEdge(lastBefore(tok, len(tok)))
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

// wordEdge reports whether r, at the edge of a token, lets the script of the
// neighbouring token matter (a letter or digit, not punctuation).
func wordEdge(r rune) bool { return isLetter(r) || isDigit(r) }
