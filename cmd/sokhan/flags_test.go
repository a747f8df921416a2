package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args   []string
		files  []string
		flag   bool
		n      string
		status int
		ok     bool
	}{
		{[]string{"a", "--json", "b"}, []string{"a", "b"}, true, "", 0, true},
		{[]string{"-json", "-n", "2", "a"}, []string{"a"}, true, "2", 0, true},
		{[]string{"--n=5", "-", "--", "-json"}, []string{"-", "-json"}, false, "5", 0, true},
		{[]string{"-n"}, nil, false, "", 2, false},
		{[]string{"--json=1"}, nil, false, "", 2, false}, // a boolean takes no value
		{[]string{"--bogus"}, nil, false, "", 2, false},
		{[]string{"a", "-h"}, nil, false, "", 0, false},
	}
	for _, tt := range tests {
		var flag bool
		var n string
		var errb bytes.Buffer
		files, status, ok := parseArgs("x", "[FILE...]", tt.args, &errb, map[string]*bool{"json": &flag}, map[string]*string{"n": &n})
		assert.Equal(t, tt.ok, ok, "%q", tt.args)
		assert.Equal(t, tt.status, status, "%q", tt.args)
		if ok {
			assert.Equal(t, tt.files, files, "%q", tt.args)
			assert.Equal(t, tt.flag, flag, "%q", tt.args)
			assert.Equal(t, tt.n, n, "%q", tt.args)
			assert.Empty(t, errb.String())
		} else {
			assert.Contains(t, errb.String(), "sokhan x", "%q", tt.args)
		}
	}
}
