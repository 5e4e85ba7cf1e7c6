package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/spf13/pflag"
	"github.com/tidwall/gjson"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
)

// verifyFeature is --verify: every output line is checked against the values found in its
// input, and a value still standing in the output as a whole token is reported.
type verifyFeature struct {
	on       bool
	leaks    int64
	lines    int64
	leakScan leakScanner
}

func (v *verifyFeature) addFlags(f *pflag.FlagSet) {
	f.BoolVar(&v.on, "verify", false, "check every output line for a value found in its input that is still there, as 'siemanon check' does; each is reported and makes the exit status 1")
}

func (v *verifyFeature) start(s *streams, key []byte) (func(*anon.LineReport), error) {
	if !v.on {
		return nil, nil
	}
	v.leaks, v.lines = 0, 0
	return func(r *anon.LineReport) {
		found := false
		for _, i := range v.leakScan.residuals(r, r.Output) {
			fmt.Fprintf(s.stderr, "siemanon: %s:%d: residual %s value (--verify)\n", r.File, r.Line, r.Findings[i].Category)
			v.leaks++
			found = true
		}
		if found {
			v.lines++
		}
	}, nil
}

func (v *verifyFeature) finish(s *streams, stats anon.Stats, runErr error) error {
	if !v.on || v.leaks == 0 {
		return runErr
	}
	fmt.Fprintf(s.stderr, "siemanon: --verify: %d residual %s in %d %s\n", v.leaks, plural(v.leaks, "value", "values"), v.lines, plural(v.lines, "line", "lines"))
	if runErr != nil {
		return runErr
	}
	// Each leak was reported above: the wrapped ErrIncomplete keeps run from saying more.
	return fmt.Errorf("--verify found residual values: %w", anon.ErrIncomplete)
}

// rewritten reports whether a finding was changed. A permutation's fixed point, a value
// that is its own pseudonym by chance, is no leak: nothing tells it from a pseudonym.
func rewritten(f *anon.Finding) bool {
	return !bytes.Equal(f.Original, f.Pseudonym)
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// leakScanner finds the values of a line report that still stand in an output line. It
// holds buffers reused from line to line.
type leakScanner struct {
	out     []int
	decoded [][]byte // the string values of the output line, JSON-decoded
	value   []byte
	index   tokenIndex
	// otherKey is set when the findings come from a key other than the one the output was
	// made with (check's own): a value that is its own pseudonym under that key tells
	// nothing about the output.
	otherKey bool
}

// examined reports whether a finding is looked for in the output: a value that was
// changed, and under another key also an address or MAC that was mapped onto itself
// (those stay by policy without a finding, so a finding of them was mapped; a
// well-known SID is found and kept, so SIDs are not among them).
func (ls *leakScanner) examined(f *anon.Finding) bool {
	if rewritten(f) {
		return true
	}
	switch f.Category {
	case categories.IPv4, categories.IPv6, categories.MAC:
		return ls.otherKey
	}
	return false
}

// residuals returns the indexes of r's findings whose original value is present in out as
// a whole token: not glued to a letter or digit on either side. In a JSON line the value
// is looked for both as it stands (escaped) and decoded in the decoded string values.
func (ls *leakScanner) residuals(r *anon.LineReport, out []byte) []int {
	ls.out = ls.out[:0]
	if len(r.Findings) == 0 || r.Kind == anon.KindDropped {
		return ls.out
	}
	isJSON := r.Kind == anon.KindJSON || r.Kind == anon.KindDocument
	ls.decoded = ls.decoded[:0]
	if isJSON && gjson.ValidBytes(out) {
		collectStrings(gjson.ParseBytes(out), func(s string) {
			ls.decoded = append(ls.decoded, []byte(s))
		})
	}
	ls.index.build(out, r.Findings)
	for i := range r.Findings {
		orig := r.Findings[i].Original
		if len(orig) == 0 || !ls.examined(&r.Findings[i]) || !anon.ReplacedEverywhere(r.Findings[i].Category, orig) {
			continue // a value replaced only where it was found may stand elsewhere as a word
		}
		if ls.index.hasToken(out, orig) {
			ls.out = append(ls.out, i)
			continue
		}
		if !isJSON || bytes.IndexByte(orig, '\\') < 0 {
			// Without escapes the decoded value is the same bytes, already looked for in
			// the whole line.
			continue
		}
		ls.value = decodeJSONString(ls.value[:0], orig)
		for _, d := range ls.decoded {
			if hasToken(d, ls.value) {
				ls.out = append(ls.out, i)
				break
			}
		}
	}
	return ls.out
}

// collectStrings calls f with every string value in v, depth first.
func collectStrings(v gjson.Result, f func(string)) {
	switch {
	case v.IsObject() || v.IsArray():
		v.ForEach(func(_, value gjson.Result) bool {
			collectStrings(value, f)
			return true
		})
	case v.Type == gjson.String:
		f(v.Str)
	}
}

// decodeJSONString appends the decoded form of the body of a JSON string to dst.
func decodeJSONString(dst, body []byte) []byte {
	var s string
	quoted := make([]byte, 0, len(body)+2)
	quoted = append(append(append(quoted, '"'), body...), '"')
	if json.Unmarshal(quoted, &s) != nil {
		return append(dst, body...)
	}
	return append(dst, s...)
}

// tokenIndex answers hasToken for many values of one line in time linear in the line
// (a record of 50,000 addresses, each looked for in the whole line, was quadratic). A
// value that starts and ends with a letter or digit can only stand, as a whole token,
// between a place where an alphanumeric run starts and one where a run ends: the line's
// spans of that kind, of the lengths its values have, are looked up among the values.
type tokenIndex struct {
	active  bool
	present map[string]bool // value -> it stands in the line as a whole token
	lengths map[int]bool
	starts  []int
	ends    []bool
}

// build indexes s for the values of findings, when there are enough to need it.
func (x *tokenIndex) build(s []byte, findings []anon.Finding) {
	x.active = false
	if len(findings) < 16 {
		return // few values: each looked for directly
	}
	if x.present == nil {
		x.present, x.lengths = map[string]bool{}, map[int]bool{}
	}
	clear(x.present)
	clear(x.lengths)
	for i := range findings {
		if v := findings[i].Original; len(v) > 0 && isAlnum(v[0]) && isAlnum(v[len(v)-1]) {
			x.present[string(v)] = false
			x.lengths[len(v)] = true
		}
	}
	x.starts = x.starts[:0]
	x.ends = append(x.ends[:0], make([]bool, len(s)+1)...)
	for i := range s {
		if isAlnum(s[i]) && (i == 0 || !isAlnum(s[i-1])) {
			x.starts = append(x.starts, i)
		}
		if isAlnum(s[i]) && (i+1 == len(s) || !isAlnum(s[i+1])) {
			x.ends[i+1] = true
		}
	}
	for n := range x.lengths {
		for _, i := range x.starts {
			if i+n <= len(s) && x.ends[i+n] {
				if _, ok := x.present[string(s[i:i+n])]; ok {
					x.present[string(s[i:i+n])] = true
				}
			}
		}
	}
	x.active = true
}

// hasToken is the package's hasToken, answered from the index when it covers tok.
func (x *tokenIndex) hasToken(s, tok []byte) bool {
	if x.active {
		if found, ok := x.present[string(tok)]; ok {
			return found
		}
	}
	return hasToken(s, tok)
}

// hasToken reports whether tok occurs in s with no letter or digit right before or after.
func hasToken(s, tok []byte) bool {
	for off := 0; ; {
		i := bytes.Index(s[off:], tok)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(tok)
		if (i == 0 || !isAlnum(s[i-1])) && (end == len(s) || !isAlnum(s[end])) {
			return true
		}
		off = i + 1
	}
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
