package anon

import (
	"fmt"
	"math"
	"testing"
)

// TestSplitBatch checks that a batch is cut into contiguous chunks that cover every unit
// once, by bytes, with less for the later chunks when they carry extra work.
func TestSplitBatch(t *testing.T) {
	unitsOf := func(sizes ...int) *batch {
		b := &batch{}
		at := 0
		for _, s := range sizes {
			b.units = append(b.units, unit{start: at, end: at + s - 1, eolEnd: at + s})
			at += s
		}
		return b
	}
	repeat := func(size, n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = size
		}
		return out
	}
	tests := []struct {
		name      string
		sizes     []int
		n         int
		laterCost float64
		want      [][2]int
	}{
		{"one worker", repeat(10, 5), 1, 0, [][2]int{{0, 5}}},
		{"even", repeat(10, 8), 2, 1, [][2]int{{0, 4}, {4, 8}}},
		// Eight short lines and one long one: by bytes, not by count.
		{"by bytes", append(repeat(10, 8), 80), 2, 1, [][2]int{{0, 8}, {8, 9}}},
		// The later chunk does twice the work per byte: it gets a third.
		{"later cost", repeat(10, 9), 2, 2, [][2]int{{0, 6}, {6, 9}}},
		{"three", repeat(10, 9), 3, 1, [][2]int{{0, 3}, {3, 6}, {6, 9}}},
		// Fewer units than workers never happens (rewriteBatch lowers n), but as many
		// leaves each chunk one unit even when the first is huge.
		{"a unit each", []int{1000, 1, 1}, 3, 1, [][2]int{{0, 1}, {1, 2}, {2, 3}}},
		{"empty", nil, 2, 1, [][2]int{{0, 0}, {0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &Engine{laterCost: tt.laterCost}
			got := e.splitBatch(unitsOf(tt.sizes...), tt.n)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("splitBatch = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNoteRedo checks the later chunks' cost: one plus the token hashes plus the share of
// their bytes redone.
func TestNoteRedo(t *testing.T) {
	b := &batch{units: []unit{{start: 0, end: 9, eolEnd: 10, lines: 1}, {start: 10, end: 29, eolEnd: 30, lines: 1}, {start: 30, end: 39, eolEnd: 40, lines: 1}}}
	e := &Engine{}
	e.noteRedo(b, [][2]int{{0, 1}, {1, 3}}, [][]bool{nil, {true, false}})
	if want := 1 + tokenHashCost + 20.0/30; math.Abs(e.laterCost-want) > 1e-9 {
		t.Errorf("laterCost = %v, want %v", e.laterCost, want)
	}
	e.noteRedo(b, [][2]int{{0, 1}, {1, 3}}, [][]bool{nil, nil})
	if want := 1 + tokenHashCost; e.laterCost != want {
		t.Errorf("laterCost without redo = %v, want %v", e.laterCost, want)
	}
}

// TestOpensDocument checks which lines after an input's first may open a pretty-printed
// JSON document: those that start with '{' or '[' and end in one.
func TestOpensDocument(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"{", true}, {"[", true}, {"  [{  ", true}, {"{\r", true}, {`{"hits": {`, true},
		{`{"a":1}`, false}, {`{"a": 1,`, false}, {"", false}, {"   ", false},
		{"if (x) {", false}, {"}", false}, {"[INFO] start [", true},
	} {
		if got := opensDocument([]byte(tc.line)); got != tc.want {
			t.Errorf("opensDocument(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
