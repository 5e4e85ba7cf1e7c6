package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/tidwall/gjson"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
)

const exitFindings = 3

const scanLong = `scan reads the same inputs as the filter, with the same detectors and settings, and writes
no logs: it reports what the filter would rewrite. Per category: how many values were
found (occurrences), how many different ones (distinct), where they were found (JSON key
paths, raw formats and contexts such as "cef suser", "syslog host" or "text" for a value
found by its shape), and the risk level with its reason. It also lists the JSON keys that
no profile names but whose values held sensitive values, so a profile can be extended.

Values are never printed, unless --show-values is given.

With --format json, the output is one JSON document:
  {"lines": number, "bytes": number,
   "kinds": {"raw": number, "json": number, "json document": number, "dropped": number},
   "highest_risk": "high"|"medium"|"low"|"",
   "categories": [{"category": string, "risk": string, "reason": string,
                   "occurrences": number, "distinct": number,
                   "where": [{"where": string, "count": number}],
                   "values": [{"value": string, "count": number}]}],
   "uncovered_json_keys": [{"path": string, "occurrences": number,
                            "categories": [{"category": string, "count": number}]}]}
"kinds" counts physical lines. "where" lists every place, most frequent first; "values" is
there only with --show-values (JSON values as they stand in the line, escaped). These
fields are stable; new ones may be added.`

const scanExample = `  siemanon scan export.ndjson
  siemanon scan --format json fw.log | jq '.categories[] | {category, occurrences}'
  siemanon scan --fail-on high --only ipv4,ipv6,email data/*.log.gz`

const scanExitHelp = `
EXIT STATUS
  0  the scan ran (and, with --fail-on, found nothing at or above the level)
  1  a line could not be processed or an input could not be read
  2  usage error
  3  --fail-on: a value at or above the level was found
`

type scanOptions struct {
	engine     rootOptions
	format     string
	showValues bool
	failOn     string
	top        int
}

// addEngineFlags adds the flags that choose what the engine rewrites, as the filter has
// them, for the commands that run the engine without writing its output.
func addEngineFlags(f *pflag.FlagSet, opts *rootOptions) {
	f.StringSliceVar(&opts.only, "only", nil, "look only for these `categories` (comma-separated)")
	f.StringSliceVar(&opts.skip, "skip", nil, "do not look for these `categories` (comma-separated)")
	f.StringVar(&opts.keepFile, "keep", "", "never count the values listed in `FILE`, as the filter never rewrites them")
	f.StringVar(&opts.config, "config", "", "read settings from the YAML `FILE`; flags override it")
	f.StringSliceVar(&opts.profiles, "profile", nil, "read JSON records by these profiles only (built-in `NAME` or profile FILE); default: chosen per record")
	f.StringVar(&opts.maxLine, "max-line", "64MiB", "longest line processed")
	f.IntVar(&opts.workers, "workers", 0, "goroutines (0: one per CPU)")
}

// newObservingEngine makes an engine as the filter makes it from the same options, with a
// random key (nothing it writes is kept) and observe set.
func newObservingEngine(s *streams, opts *rootOptions, observe func(*anon.LineReport)) (*anon.Engine, []*metakeys.Profile, error) {
	// A random key: scan prints no pseudonyms, and its counts do not depend on the key.
	key, err := loadKey("", func(string) string { return "" })
	if err != nil {
		return nil, nil, err
	}
	cfg, err := engineConfig(s, opts, key)
	if err != nil {
		return nil, nil, err
	}
	cfg.Observe = observe
	eng, err := anon.New(cfg)
	if err != nil {
		return nil, nil, usageError("%v", err)
	}
	profiles := cfg.Profiles
	if len(profiles) == 0 {
		profiles = metakeys.Builtin()
	}
	return eng, profiles, nil
}

func newScanCmd(s *streams) *cobra.Command {
	opts := &scanOptions{}
	cmd := &cobra.Command{
		Use:     "scan [flags] [FILE...]",
		Short:   "Report the sensitive values in logs, per category, with risk levels; write no logs",
		Long:    scanLong,
		Example: scanExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.format != "table" && opts.format != "json" {
				return usageError("--format %q: want table or json", opts.format)
			}
			var failOn categories.Risk
			switch opts.failOn {
			case "":
			case "high":
				failOn = categories.High
			case "medium":
				failOn = categories.Medium
			case "low":
				failOn = categories.Low
			default:
				return usageError("--fail-on %q: want high, medium or low", opts.failOn)
			}
			if err := applyConfig(cmd, &opts.engine); err != nil {
				return err
			}
			return runScan(s, opts, failOn, args)
		},
	}
	cmd.SetHelpTemplate(cmd.HelpTemplate() + scanExitHelp)
	f := cmd.Flags()
	addEngineFlags(f, &opts.engine)
	f.StringVar(&opts.format, "format", "table", "output `FORMAT`: table or json")
	f.BoolVar(&opts.showValues, "show-values", false, "print the values found, with their counts (they are sensitive)")
	f.StringVar(&opts.failOn, "fail-on", "", "exit with status 3 when a value of this risk `LEVEL` or higher is found: high, medium or low")
	f.IntVar(&opts.top, "top", 3, "places listed per category in the table (0: all)")
	return cmd
}

// scanResult is what a scan found; its JSON form is the documented output of --format json.
type scanResult struct {
	Lines       int64          `json:"lines"`
	Bytes       int64          `json:"bytes"`
	Kinds       scanKinds      `json:"kinds"`
	HighestRisk string         `json:"highest_risk"`
	Categories  []scanCategory `json:"categories"`
	Uncovered   []uncoveredKey `json:"uncovered_json_keys"`
}

// scanKinds counts physical lines by kind.
type scanKinds struct {
	Raw      int64 `json:"raw"`
	JSON     int64 `json:"json"`
	Document int64 `json:"json document"`
	Dropped  int64 `json:"dropped"`
}

type scanCategory struct {
	Category    string       `json:"category"`
	Risk        string       `json:"risk"`
	Reason      string       `json:"reason"`
	Occurrences int64        `json:"occurrences"`
	Distinct    int64        `json:"distinct"`
	Where       []countEntry `json:"where"`
	Values      []valueEntry `json:"values,omitempty"`
	risk        categories.Risk
}

type countEntry struct {
	Where string `json:"where"`
	Count int64  `json:"count"`
}

type valueEntry struct {
	Value string `json:"value"`
	Count int64  `json:"count"`
}

type uncoveredKey struct {
	Path        string          `json:"path"`
	Occurrences int64           `json:"occurrences"`
	Categories  []categoryEntry `json:"categories"`
}

type categoryEntry struct {
	Category string `json:"category"`
	Count    int64  `json:"count"`
}

// scanTally collects the line reports of a scan.
type scanTally struct {
	showValues bool
	profiles   []*metakeys.Profile
	kinds      kindCounts
	cats       categoryCounts
	where      map[string]map[string]int64 // category -> where -> count
	values     map[string]map[string]int64 // category -> value -> count, with --show-values
	// paths counts the categories found in the string values of each JSON key path that
	// no profile names.
	paths  map[string]map[string]int64
	auto   bool       // profiles chosen per record by their signatures
	none   noneRows   // of profiles
	leaves []jsonLeaf // of the current JSON line, built when needed
}

func newScanTally(profiles []*metakeys.Profile, auto, showValues bool) *scanTally {
	return &scanTally{
		showValues: showValues,
		profiles:   profiles,
		auto:       auto,
		none:       newNoneRows(profiles),
		cats:       newCategoryCounts(),
		where:      map[string]map[string]int64{},
		values:     map[string]map[string]int64{},
		paths:      map[string]map[string]int64{},
	}
}

func (t *scanTally) observe(r *anon.LineReport) {
	t.kinds.add(r)
	t.leaves = t.leaves[:0]
	for i := range r.Findings {
		// Every finding counts, also the rare one whose pseudonym is the value itself (a
		// permutation's fixed point): the engine reports no value it keeps by policy, so
		// the counts do not depend on the key.
		f := &r.Findings[i]
		t.cats.add(f)
		bump(t.where, f.Category, f.Where)
		if t.showValues {
			bump(t.values, f.Category, string(f.Original))
		}
		if r.Kind != anon.KindJSON && r.Kind != anon.KindDocument {
			continue
		}
		// A value found in a JSON string: by the key its profile names, or by its shape
		// in a string no profile of the record names.
		if len(t.leaves) == 0 {
			t.leaves = t.jsonLeaves(t.leaves, r.Input)
		}
		if l := leafAt(t.leaves, f.Start); l != nil && !l.covered {
			bump(t.paths, l.path, f.Category)
		}
	}
}

// noneRows holds, per profile, the key paths it names "none": scanned as text on purpose.
type noneRows [][]nonePattern

type nonePattern struct {
	segs []string
	deep bool // a leading "**"
}

func newNoneRows(profiles []*metakeys.Profile) noneRows {
	out := make(noneRows, len(profiles))
	for i, p := range profiles {
		for _, f := range p.Fields() {
			if f.Category != "none" {
				continue
			}
			path := f.Path
			if p.CaseInsensitive() {
				path = strings.ToLower(path)
			}
			np := nonePattern{}
			if rest, ok := strings.CutPrefix(path, "**."); ok {
				np.deep, path = true, rest
			}
			np.segs = strings.Split(path, ".")
			out[i] = append(out[i], np)
		}
	}
	return out
}

func (np *nonePattern) match(path []string) bool {
	if len(path) < len(np.segs) || !np.deep && len(path) != len(np.segs) {
		return false
	}
	off := len(path) - len(np.segs)
	for i, s := range np.segs {
		if s != "*" && s != path[off+i] {
			return false
		}
	}
	return true
}

// covers reports whether profile k names path: with a category, or "none".
func (t *scanTally) covers(k int, path string) bool {
	p := t.profiles[k]
	if _, ok := p.Category([]byte(path)); ok {
		return true
	}
	if len(t.none[k]) == 0 {
		return false
	}
	if p.CaseInsensitive() {
		path = strings.ToLower(path)
	}
	segs := strings.Split(path, ".")
	for i := range t.none[k] {
		if t.none[k][i].match(segs) {
			return true
		}
	}
	return false
}

func bump(m map[string]map[string]int64, k1, k2 string) {
	inner := m[k1]
	if inner == nil {
		inner = map[string]int64{}
		m[k1] = inner
	}
	inner[k2]++
}

// jsonLeaf is a string value of a JSON line: its key path, its bytes between the quotes,
// and whether a profile of its record names the path.
type jsonLeaf struct {
	path       string
	start, end int
	covered    bool
}

// jsonLeaves appends the string values of the JSON text in line to dst, with their key
// paths as the engine writes them (keys joined by '.', array indexes left out), and
// whether the profiles the engine gave the record name them. Without --profile, a record
// gets the built-in profiles it has a signature key of, as the engine decides.
func (t *scanTally) jsonLeaves(dst []jsonLeaf, line []byte) []jsonLeaf {
	if !gjson.ValidBytes(line) {
		return dst
	}
	var paths []string // every leaf path of the record, for detection
	// walk follows the record with two views of each path, as the engine keeps them, so
	// that a record nested deep with many keys costs no more than its length: head, the
	// start that detection reads (signatures are short prefixes), and path, the end that
	// decides a category (anon.LeafPath). Both stay within a few hundred bytes.
	const maxHead = 256
	var walk func(v gjson.Result, head, path string)
	walk = func(v gjson.Result, head, path string) {
		switch {
		case v.IsObject():
			v.ForEach(func(k, value gjson.Result) bool {
				key := k.String()
				h, p := key, key
				if path != "" {
					p = string(anon.LeafPath([]byte(path + "." + key)))
					h = head
					if len(head) == len(path) && len(head)+1+len(key) <= maxHead {
						h = head + "." + key // the whole path, still short
					}
				}
				walk(value, h, p)
				return true
			})
		case v.IsArray():
			v.ForEach(func(_, value gjson.Result) bool {
				walk(value, head, path)
				return true
			})
		default:
			paths = append(paths, head)
			if v.Type == gjson.String {
				// gjson gives offsets in the whole text.
				dst = append(dst, jsonLeaf{path: path, start: v.Index + 1, end: v.Index + len(v.Raw) - 1})
			}
		}
	}
	record := func(v gjson.Result) {
		first := len(dst)
		paths = paths[:0]
		walk(v, "", "")
		var mask uint64
		for k, p := range t.profiles {
			if !t.auto {
				mask |= 1 << k
				continue
			}
			for _, path := range paths {
				if p.Detects([]byte(path)) {
					mask |= 1 << k
					break
				}
			}
		}
		if mask == 0 && t.auto {
			// A record no profile detects is read by the generic ECS names, as the
			// engine does. (It then reads the rest by their last key, as in key=value
			// text: those keys no profile names are listed.)
			for k, p := range t.profiles {
				if p.Name == "ecs" {
					mask = 1 << k
				}
			}
		}
		for i := first; i < len(dst); i++ {
			for k := range t.profiles {
				if mask&(1<<k) != 0 && t.covers(k, dst[i].path) {
					dst[i].covered = true
					break
				}
			}
		}
	}
	root := gjson.ParseBytes(line)
	if root.IsArray() {
		// An array of events: each element is a record of its own.
		root.ForEach(func(_, value gjson.Result) bool {
			record(value)
			return true
		})
		return dst
	}
	record(root)
	return dst
}

// leafAt returns the string value that holds offset, or nil. Leaves are in the order of
// the text, so this is a binary search: a record of many leaves with a finding in each
// costs no more than its length.
func leafAt(leaves []jsonLeaf, offset int) *jsonLeaf {
	i := sort.Search(len(leaves), func(i int) bool { return leaves[i].end > offset })
	if i < len(leaves) && offset >= leaves[i].start {
		return &leaves[i]
	}
	return nil
}

func (t *scanTally) result(stats anon.Stats) *scanResult {
	res := &scanResult{
		Lines:      stats.Lines,
		Bytes:      stats.BytesIn,
		Kinds:      scanKinds{Raw: t.kinds.raw, JSON: t.kinds.json, Document: t.kinds.docLines, Dropped: stats.Dropped},
		Categories: []scanCategory{},
		Uncovered:  []uncoveredKey{},
	}
	var highest categories.Risk
	for _, c := range t.cats.order() {
		info, _ := categories.Lookup(c.name)
		sc := scanCategory{
			Category:    c.name,
			Risk:        info.Risk.String(),
			Reason:      info.Reason,
			Occurrences: c.count,
			Distinct:    int64(len(c.distinct)),
			Where:       sortedCounts(t.where[c.name]),
			risk:        info.Risk,
		}
		if info.Risk == 0 {
			// A category outside the listing (time): the lowest level.
			sc.risk, sc.Risk = categories.Low, categories.Low.String()
		}
		highest = max(highest, sc.risk)
		if t.showValues {
			for _, e := range sortedCounts(t.values[c.name]) {
				sc.Values = append(sc.Values, valueEntry{Value: e.Where, Count: e.Count})
			}
		}
		res.Categories = append(res.Categories, sc)
	}
	if highest > 0 {
		res.HighestRisk = highest.String()
	}
	for path, cats := range t.paths {
		k := uncoveredKey{Path: path}
		for _, e := range sortedCounts(cats) {
			k.Categories = append(k.Categories, categoryEntry{Category: e.Where, Count: e.Count})
			k.Occurrences += e.Count
		}
		res.Uncovered = append(res.Uncovered, k)
	}
	slices.SortFunc(res.Uncovered, func(a, b uncoveredKey) int {
		return cmp.Or(cmp.Compare(b.Occurrences, a.Occurrences), cmp.Compare(a.Path, b.Path))
	})
	return res
}

// sortedCounts lists a map of counts, most first, then by name.
func sortedCounts(m map[string]int64) []countEntry {
	out := make([]countEntry, 0, len(m))
	for k, n := range m {
		out = append(out, countEntry{Where: k, Count: n})
	}
	slices.SortFunc(out, func(a, b countEntry) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Where, b.Where))
	})
	return out
}

func runScan(s *streams, opts *scanOptions, failOn categories.Risk, args []string) error {
	var tally *scanTally
	eng, profiles, err := newObservingEngine(s, &opts.engine, func(r *anon.LineReport) { tally.observe(r) })
	if err != nil {
		return err
	}
	tally = newScanTally(profiles, len(opts.engine.profiles) == 0, opts.showValues)
	runErr := eng.Run(io.Discard, inputs(args, s.stdin))
	res := tally.result(eng.Stats())
	if opts.format == "json" {
		err = writeJSON(s.stdout, res)
	} else {
		err = writeScanTable(s.stdout, res, opts.top, opts.showValues)
	}
	if err != nil {
		return err
	}
	if runErr != nil {
		return &exitError{code: exitIncomplete, err: runErr}
	}
	if failOn > 0 {
		for _, c := range res.Categories {
			if c.risk >= failOn {
				return &exitError{code: exitFindings, err: fmt.Errorf("--fail-on %s: %s values found (risk %s)", opts.failOn, c.Category, c.Risk)}
			}
		}
	}
	return nil
}

func writeScanTable(w io.Writer, res *scanResult, top int, showValues bool) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%d %s, %s: %d raw, %d JSON, %d in JSON documents, %d dropped\n\n",
		res.Lines, plural(res.Lines, "line", "lines"), byteSize(res.Bytes),
		res.Kinds.Raw, res.Kinds.JSON, res.Kinds.Document, res.Kinds.Dropped)
	if len(res.Categories) == 0 {
		fmt.Fprintln(&buf, "no sensitive values found")
		_, err := w.Write(buf.Bytes())
		return err
	}
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tRISK\tFOUND\tDISTINCT\tWHERE")
	for _, c := range res.Categories {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", c.Category, c.Risk, c.Occurrences, c.Distinct, topList(c.Where, top))
	}
	tw.Flush()
	fmt.Fprintln(&buf)
	fmt.Fprintln(tw, "RISK\tCATEGORY\tWHY")
	for _, c := range res.Categories {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.Risk, c.Category, c.Reason)
	}
	tw.Flush()
	if len(res.Uncovered) > 0 {
		fmt.Fprintln(&buf)
		fmt.Fprintln(tw, "JSON KEY NO PROFILE NAMES\tFOUND\tCATEGORIES")
		for _, k := range res.Uncovered {
			var parts []string
			for _, c := range k.Categories {
				parts = append(parts, fmt.Sprintf("%s %d", c.Category, c.Count))
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\n", k.Path, k.Occurrences, strings.Join(parts, ", "))
		}
		tw.Flush()
	}
	if showValues {
		fmt.Fprintln(&buf)
		fmt.Fprintln(tw, "CATEGORY\tCOUNT\tVALUE")
		for _, c := range res.Categories {
			for _, v := range c.Values {
				fmt.Fprintf(tw, "%s\t%d\t%s\n", c.Category, v.Count, v.Value)
			}
		}
		tw.Flush()
	}
	return writeTrimmed(w, buf.Bytes())
}

// topList formats the first n places with their counts, and how many more there are.
func topList(places []countEntry, n int) string {
	var parts []string
	for i, p := range places {
		if n > 0 && i == n {
			parts = append(parts, fmt.Sprintf("+%d more", len(places)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", p.Where, p.Count))
	}
	return strings.Join(parts, ", ")
}

// byteSize formats a byte count for people.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
