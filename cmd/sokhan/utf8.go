package main

import (
	"encoding/binary"
	"unicode/utf8"
)

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// b, or -1 when b is valid.
//
// Persian text is two-byte runes and ASCII, which it checks eight bytes at
// a time (utf8.Valid goes rune by rune); other runes, and the bytes around
// them, are decoded one by one.
func invalidUTF8(b []byte) int {
	i := 0
	for i < len(b) {
		i = skipTwoByte(b, i)
		// One rune at a time up to an ASCII byte, or eight bytes on.
		for end := min(i+8, len(b)); i < end; {
			if b[i] < utf8.RuneSelf {
				i++
				break
			}
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				return i
			}
			i += n
		}
	}
	return -1
}

// skipTwoByte returns how far from b[i] the bytes are, eight at a time,
// ASCII and whole valid two-byte sequences: the index of the first eight
// that are not, or of the last (fewer than eight) bytes. It does not stop
// inside a sequence.
func skipTwoByte(b []byte, i int) int {
	const hiBits = 0x8080808080808080
	var carry uint64 // hiBits' low byte when the byte before b[i] is a lead
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		hi := x & hiBits
		if hi|carry == 0 {
			continue
		}
		// Per byte, in its top bit: a continuation (10xxxxxx), a
		// two-byte lead (110xxxxx), a longer lead or invalid (111xxxxx).
		b6, b5 := x<<1&hiBits, x<<2&hiBits
		cont, lead := hi&^b6, hi&b6&^b5
		// A lead is not overlong (C0, C1): its bits 1–4 are not all
		// zero. Adding 0x7F to them (at most 0x1E) sets the top bit of
		// their byte exactly when they are not, with no carry between
		// bytes.
		notOverlong := (x&0x1E1E1E1E1E1E1E1E + 0x7F7F7F7F7F7F7F7F) & hiBits
		if hi&b6&b5 != 0 || cont != lead<<8|carry || lead&^notOverlong != 0 {
			break
		}
		carry = lead >> 56
	}
	if carry != 0 {
		i-- // the lead whose continuation was not checked
	}
	return i
}
