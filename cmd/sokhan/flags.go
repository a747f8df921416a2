package main

import (
	"fmt"
	"io"
	"strings"
)

// parseArgs splits the arguments of subcommand name into files and flags.
// bools are the boolean flags and values the flags that take a value (as
// "-n N" or "-n=N"), by name without dashes; a flag may be written with one
// dash or two and may stand anywhere, "--" ends the flags and "-" names
// standard input. When parsing stops, ok is false and status is the exit
// status, the message already on stderr: 0 after -h or --help (the usage
// line), 2 after an unknown flag or a missing value.
func parseArgs(name, usage string, args []string, stderr io.Writer, bools map[string]*bool, values map[string]*string) (files []string, status int, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(files, args[i+1:]...), 0, true
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			files = append(files, a)
			continue
		}
		key, val, hasVal := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		switch {
		case key == "h" || key == "help":
			fmt.Fprintf(stderr, "usage: sokhan %s %s\n", name, usage)
			return nil, 0, false
		case bools[key] != nil && !hasVal:
			*bools[key] = true
		case values[key] != nil:
			if !hasVal {
				if i+1 >= len(args) {
					fmt.Fprintf(stderr, "sokhan %s: %s needs a value\n", name, a)
					return nil, 2, false
				}
				i++
				val = args[i]
			}
			*values[key] = val
		default:
			fmt.Fprintf(stderr, "sokhan %s: unknown flag %s\n", name, a)
			return nil, 2, false
		}
	}
	return files, 0, true
}
