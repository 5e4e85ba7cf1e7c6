package main

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"slices"
	"time"

	"github.com/spf13/pflag"

	"github.com/siemanon/siemanon/anon"
	"github.com/siemanon/siemanon/categories"
)

// statsFeature is --stats: a summary of the run on standard error at its end.
type statsFeature struct {
	on    bool
	now   func() time.Time // time.Now unless a test sets it
	begin time.Time
	kinds kindCounts
	cats  categoryCounts
}

func (st *statsFeature) addFlags(f *pflag.FlagSet) {
	f.BoolVar(&st.on, "stats", false, "print a summary on standard error at the end: lines, bytes, values rewritten per category, speed")
}

func (st *statsFeature) start(s *streams, key []byte) (func(*anon.LineReport), error) {
	if !st.on {
		return nil, nil
	}
	if st.now == nil {
		st.now = time.Now
	}
	st.begin = st.now()
	st.kinds = kindCounts{}
	st.cats = newCategoryCounts()
	return func(r *anon.LineReport) {
		st.kinds.add(r)
		for i := range r.Findings {
			st.cats.add(&r.Findings[i])
		}
	}, nil
}

func (st *statsFeature) finish(s *streams, stats anon.Stats, runErr error) error {
	if !st.on {
		return runErr
	}
	elapsed := st.now().Sub(st.begin)
	var buf bytes.Buffer
	row := func(label string, values ...any) {
		fmt.Fprintf(&buf, "  %-14s", label)
		for _, v := range values {
			fmt.Fprintf(&buf, "%12v", v)
		}
		buf.WriteByte('\n')
	}
	fmt.Fprintln(&buf, "siemanon: --stats")
	row("", "lines", "bytes")
	row("in", stats.Lines, stats.BytesIn)
	row("out", stats.Lines, stats.BytesOut)
	row("kind", "lines")
	row(anon.KindRaw, st.kinds.raw)
	row(anon.KindJSON, st.kinds.json)
	row(anon.KindDocument, st.kinds.docLines)
	row(anon.KindDropped, stats.Dropped)
	row("category", "rewritten", "distinct")
	for _, c := range st.cats.order() {
		row(c.name, c.count, len(c.distinct))
	}
	total := st.cats.total()
	row("total", total.count, total.distinct)
	mbps := 0.0
	if secs := elapsed.Seconds(); secs > 0 {
		mbps = float64(stats.BytesIn) / 1e6 / secs
	}
	fmt.Fprintf(&buf, "  elapsed %s, %.1f MB/s\n", elapsed.Round(time.Millisecond), mbps)
	s.stderr.Write(buf.Bytes())
	return runErr
}

// kindCounts counts the lines of a stream by kind.
type kindCounts struct {
	raw, json, documents, docLines, dropped int64
}

func (k *kindCounts) add(r *anon.LineReport) {
	switch r.Kind {
	case anon.KindRaw:
		k.raw += r.Lines
	case anon.KindJSON:
		k.json += r.Lines
	case anon.KindDocument:
		k.documents++
		k.docLines += r.Lines
	case anon.KindDropped:
		k.dropped += r.Lines
	}
}

// categoryCounts counts the values found per category: all of them, and distinct ones by a
// hash of their bytes (the values themselves are not kept).
type categoryCounts struct {
	seed  maphash.Seed
	byCat map[string]*categoryCount
}

type categoryCount struct {
	name     string
	count    int64
	distinct map[uint64]struct{}
}

func newCategoryCounts() categoryCounts {
	return categoryCounts{seed: maphash.MakeSeed(), byCat: map[string]*categoryCount{}}
}

func (cc *categoryCounts) get(name string) *categoryCount {
	c := cc.byCat[name]
	if c == nil {
		c = &categoryCount{name: name, distinct: map[uint64]struct{}{}}
		cc.byCat[name] = c
	}
	return c
}

func (cc *categoryCounts) add(f *anon.Finding) *categoryCount {
	c := cc.get(f.Category)
	c.count++
	c.distinct[maphash.Bytes(cc.seed, f.Original)] = struct{}{}
	return c
}

// order returns the categories found, in the order of categories.All, then any other by
// name.
func (cc *categoryCounts) order() []*categoryCount {
	var out []*categoryCount
	for _, c := range categories.All() {
		if x := cc.byCat[c.Name]; x != nil {
			out = append(out, x)
		}
	}
	var rest []string
	for name := range cc.byCat {
		if _, ok := categories.Lookup(name); !ok {
			rest = append(rest, name)
		}
	}
	slices.Sort(rest)
	for _, name := range rest {
		out = append(out, cc.byCat[name])
	}
	return out
}

type totalCount struct{ count, distinct int64 }

func (cc *categoryCounts) total() totalCount {
	var t totalCount
	for _, c := range cc.byCat {
		t.count += c.count
		t.distinct += int64(len(c.distinct))
	}
	return t
}
