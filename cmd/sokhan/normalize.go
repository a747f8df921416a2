package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/sokhan-nlp/sokhan/normalize"
)

// runNormalize implements `sokhan normalize [FILE...]`: it writes the
// normalized text of each input, one output line per input line. It
// streams: memory does not grow with the size of the input.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	status := 0
	for _, a := range args {
		if err := normalizeOne(a, stdin, out); err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "sokhan: %v\n", err)
			status = 1
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	}
	return status
}

// normalizeOne streams one input (a file name, or standard input for "" and
// "-") through the normalizer into out.
func normalizeOne(name string, stdin io.Reader, out io.Writer) error {
	var r io.Reader
	if name == "" || name == "-" {
		name, r = inputName, stdin
	} else {
		fi, err := os.Stat(name)
		if err != nil {
			return cleanErr(name, err)
		}
		if fi.IsDir() {
			return fmt.Errorf("%s: is a directory", name)
		}
		f, err := os.Open(name)
		if err != nil {
			return cleanErr(name, err)
		}
		defer f.Close()
		r = f
	}
	v := &validReader{r: r}
	err := copyOut(out, normalize.NewReader(v))
	var bad *invalidErr
	switch {
	case err == nil:
		return nil
	case errors.As(err, &bad):
		return fmt.Errorf("%s: invalid UTF-8 at byte %d", name, bad.off)
	}
	return cleanErr(name, err)
}

// copyOut copies r to w with a bounded buffer. (io.Copy into a
// bufio.Writer would keep a read error in the writer.)
func copyOut(w io.Writer, r io.Reader) error {
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// invalidErr reports the offset of the first invalid UTF-8 byte.
type invalidErr struct{ off int64 }

func (e *invalidErr) Error() string { return fmt.Sprintf("invalid UTF-8 at byte %d", e.off) }

// validReader passes through r and fails at the first invalid UTF-8
// sequence, with its byte offset. It holds back a rune cut at the end of a
// read until the rest arrives.
type validReader struct {
	r     io.Reader
	off   int64 // offset of buf[start] in the input
	buf   [32 << 10]byte
	start int // buf[start:n] is read from r and not yet passed on
	good  int // buf[start:good] is checked and valid
	n     int
	err   error
}

func (v *validReader) Read(p []byte) (int, error) {
	for v.good == v.start {
		if v.err != nil {
			if v.n > v.start { // a truncated rune at the end of input
				return 0, &invalidErr{v.off}
			}
			return 0, v.err
		}
		if v.start > 0 {
			v.n = copy(v.buf[:], v.buf[v.start:v.n])
			v.start, v.good = 0, 0
		}
		m, err := v.r.Read(v.buf[v.n:])
		v.n += m
		if err != nil {
			v.err = err
		}
		k, bad := validPrefix(v.buf[v.start:v.n], v.err != nil)
		if k == 0 && bad {
			return 0, &invalidErr{v.off}
		}
		v.good = v.start + k
	}
	c := copy(p, v.buf[v.start:v.good])
	v.start += c
	v.off += int64(c)
	return c, nil
}

// validPrefix returns the length of the longest prefix of b that is
// valid UTF-8, short of a rune at its end that may still complete unless
// atEOF, and whether an invalid sequence follows it.
func validPrefix(b []byte, atEOF bool) (int, bool) {
	end := len(b)
	if !atEOF {
		// Hold back a sequence that may still complete: its lead byte is
		// among the last three.
		for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax+1; i-- {
			if c := b[i]; c < utf8.RuneSelf || c >= 0xC0 {
				if c >= 0xC0 && !utf8.FullRune(b[i:]) {
					end = i
				}
				break
			}
		}
	}
	if i := invalidUTF8(b[:end]); i >= 0 {
		return i, true
	}
	return end, false
}
