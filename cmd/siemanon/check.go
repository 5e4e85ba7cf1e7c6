package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/tidwall/gjson"

	"github.com/siemanon/siemanon/anon"
)

const checkLong = `check compares an original log with its anonymized form, line by line, and reports what
the anonymization left behind:

  - the two must have the same number of lines;
  - a line that is a JSON record in the original must still be valid JSON, with the same
    key paths in the same order;
  - no value found in an original line (by the detectors the filter uses, with the
    settings given here) may stand in the anonymized line as a whole token, that is not
    glued to a letter or digit on either side; in JSON lines the string values are also
    compared decoded.

Each problem is written on standard output as ANONYMIZED:LINE: message, then a summary per
category. Values are never printed. Give check the --only, --skip, --keep and --profile
settings the filter ran with, or it looks for values the filter was told to leave.`

const checkExample = `  siemanon --key-file team.key auth.log > auth.clean.log
  siemanon check auth.log auth.clean.log`

const checkExitHelp = `
EXIT STATUS
  0  the anonymized file passed every check
  1  a check failed (each problem is listed), or a file could not be read
  2  usage error
`

// maxListedLines is how many line numbers the summary lists per category.
const maxListedLines = 10

func newCheckCmd(s *streams) *cobra.Command {
	opts := &rootOptions{}
	cmd := &cobra.Command{
		Use:     "check [flags] ORIGINAL ANONYMIZED",
		Short:   "Check an anonymized log against its original: line count, JSON shape, residual values",
		Long:    checkLong,
		Example: checkExample,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, opts); err != nil {
				return err
			}
			return runCheck(s, opts, args[0], args[1])
		},
	}
	cmd.SetHelpTemplate(cmd.HelpTemplate() + checkExitHelp)
	addEngineFlags(cmd.Flags(), opts)
	return cmd
}

// checker compares the line reports of the original with the lines of the anonymized file.
type checker struct {
	out      io.Writer
	name     string // of the anonymized file
	anon     *bufio.Reader
	anonLine int64 // lines read from it
	short    bool  // it ended before the original
	readErr  error

	values   int64
	leaks    map[string][]int64 // category -> line numbers
	leakN    int64
	shapes   int64 // JSON lines whose shape changed
	leakScan leakScanner
	buf      []byte
}

// next reads n lines of the anonymized file, joined by '\n', without their final ending.
func (c *checker) next(n int64) ([]byte, bool) {
	c.buf = c.buf[:0]
	for i := range n {
		line, err := c.anon.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if err != io.EOF {
				c.readErr = err
			}
			return nil, false
		}
		c.anonLine++
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte{'\n'}), []byte{'\r'})
		if i > 0 {
			c.buf = append(c.buf, '\n')
		}
		c.buf = append(c.buf, line...)
	}
	return c.buf, true
}

func (c *checker) observe(r *anon.LineReport) {
	if c.short {
		return
	}
	out, ok := c.next(r.Lines)
	if !ok {
		c.short = true
		return
	}
	if r.Kind == anon.KindDropped {
		return
	}
	if r.Kind == anon.KindJSON || r.Kind == anon.KindDocument {
		if msg := compareJSONShape(r.Input, out); msg != "" {
			c.shapes++
			fmt.Fprintf(c.out, "%s:%d: %s\n", c.name, r.Line, msg)
		}
	}
	for i := range r.Findings {
		if c.leakScan.examined(&r.Findings[i]) {
			c.values++
		}
	}
	for _, i := range c.leakScan.residuals(r, out) {
		f := &r.Findings[i]
		line := r.Line + int64(bytes.Count(r.Input[:f.Start], []byte{'\n'}))
		fmt.Fprintf(c.out, "%s:%d: residual %s value (found as %s)\n", c.name, line, f.Category, f.Where)
		c.leaks[f.Category] = append(c.leaks[f.Category], line)
		c.leakN++
	}
}

// compareJSONShape says how the anonymized JSON text differs in shape from the original,
// or "" when it has the same key paths in the same order.
func compareJSONShape(orig, anonymized []byte) string {
	if !gjson.ValidBytes(anonymized) {
		return "not valid JSON any more"
	}
	a, b := keySteps(gjson.ParseBytes(orig)), keySteps(gjson.ParseBytes(anonymized))
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("JSON key path %d is %q, the original has %q", i+1, stepPath(b, i), stepPath(a, i))
		}
	}
	if len(a) != len(b) {
		return fmt.Sprintf("JSON record has %d key paths, the original has %d", len(b), len(a))
	}
	return ""
}

// keyStep is one key of a record, or "[]" for an array element, at its depth: two records
// of the same shape give the same list, and it costs no more than the record's length
// however deep it nests (whole paths would cost the depth times the keys).
type keyStep struct {
	depth int
	key   string
}

// keySteps lists the steps of every value in v, in document order.
func keySteps(v gjson.Result) []keyStep {
	var out []keyStep
	var walk func(v gjson.Result, depth int)
	walk = func(v gjson.Result, depth int) {
		switch {
		case v.IsObject():
			v.ForEach(func(k, value gjson.Result) bool {
				out = append(out, keyStep{depth, k.String()})
				walk(value, depth+1)
				return true
			})
		case v.IsArray():
			v.ForEach(func(_, value gjson.Result) bool {
				out = append(out, keyStep{depth, "[]"})
				walk(value, depth+1)
				return true
			})
		}
	}
	walk(v, 0)
	return out
}

// stepPath writes the key path of step i, keys joined by '.' and "[]" for array elements.
func stepPath(steps []keyStep, i int) string {
	var parts []string
	depth := steps[i].depth
	for k := i; k >= 0 && depth >= 0; k-- {
		if steps[k].depth == depth {
			parts = append(parts, steps[k].key)
			depth--
		}
	}
	var b strings.Builder
	for k := len(parts) - 1; k >= 0; k-- {
		if b.Len() > 0 && parts[k] != "[]" {
			b.WriteByte('.')
		}
		b.WriteString(parts[k])
	}
	return b.String()
}

func runCheck(s *streams, opts *rootOptions, original, anonymized string) error {
	f, err := os.Open(anonymized)
	if err != nil {
		return &exitError{code: exitIncomplete, err: err}
	}
	rc, err := maybeGzip(f)
	if err != nil {
		f.Close()
		return &exitError{code: exitIncomplete, err: fmt.Errorf("%s: %v", anonymized, err)}
	}
	defer rc.Close()
	var report bytes.Buffer
	c := &checker{out: &report, name: anonymized, anon: bufio.NewReaderSize(rc, 64<<10), leaks: map[string][]int64{}}
	c.leakScan.otherKey = true // check finds values under a random key of its own
	eng, _, err := newObservingEngine(s, opts, c.observe)
	if err != nil {
		return err
	}
	origIn := inputs([]string{original}, s.stdin)
	runErr := eng.Run(io.Discard, origIn)
	stats := eng.Stats()
	// The anonymized file must end where the original does.
	extra := int64(0)
	if !c.short {
		for {
			if _, ok := c.next(1); !ok {
				break
			}
			extra++
		}
	}
	problems := c.leakN + c.shapes
	if c.short || extra > 0 {
		problems++
		fmt.Fprintf(&report, "%s: %d lines, %s has %d\n", anonymized, c.anonLine, origIn[0].Name, stats.Lines)
	}
	if len(c.leaks) > 0 {
		fmt.Fprintln(&report, "\nresidual values by category:")
		cats := make([]string, 0, len(c.leaks))
		for cat := range c.leaks {
			cats = append(cats, cat)
		}
		slices.Sort(cats)
		for _, cat := range cats {
			lines := c.leaks[cat]
			var nums []string
			for i, n := range lines {
				if i == maxListedLines {
					nums = append(nums, fmt.Sprintf("... (%d more)", len(lines)-i))
					break
				}
				nums = append(nums, fmt.Sprint(n))
			}
			fmt.Fprintf(&report, "  %-14s %6d  %s %s\n", cat, len(lines), plural(int64(len(lines)), "line", "lines"), strings.Join(nums, ", "))
		}
		fmt.Fprintln(&report)
	}
	verdict := "ok"
	if problems > 0 {
		verdict = "FAILED"
	}
	fmt.Fprintf(&report, "check %s: %d lines, %d values found in the original, %d residual, %d JSON %s changed shape, line count %s\n",
		verdict, stats.Lines, c.values, c.leakN, c.shapes, plural(c.shapes, "line", "lines"), lineCountVerdict(c.short, extra))
	if _, err := s.stdout.Write(report.Bytes()); err != nil {
		return err
	}
	switch {
	case runErr != nil && !errors.Is(runErr, anon.ErrIncomplete):
		return &exitError{code: exitIncomplete, err: runErr}
	case runErr != nil:
		return &exitError{code: exitIncomplete, err: fmt.Errorf("check: %s could not be read in full", origIn[0].Name)}
	case c.readErr != nil:
		return &exitError{code: exitIncomplete, err: fmt.Errorf("%s: %v", anonymized, c.readErr)}
	case problems > 0:
		return &exitError{code: exitIncomplete, err: fmt.Errorf("check: %d %s", problems, plural(problems, "problem", "problems"))}
	}
	return nil
}

func lineCountVerdict(short bool, extra int64) string {
	switch {
	case short:
		return "differs (anonymized file shorter)"
	case extra > 0:
		return "differs (anonymized file longer)"
	}
	return "equal"
}
