package anon

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// memoInputs returns the shipped samples and the input files of the testscript scripts,
// each twice over, so that every value is seen again and the memo is used.
func memoInputs(t testing.TB) [][]byte {
	var inputs [][]byte
	samples, _ := filepath.Glob(filepath.Join("..", "testdata", "samples", "*"))
	for _, name := range samples {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, data)
	}
	scripts, _ := filepath.Glob(filepath.Join("..", "testdata", "script", "*.txtar"))
	for _, name := range scripts {
		ar, err := txtar.ParseFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if !strings.HasPrefix(f.Name, "want") {
				inputs = append(inputs, f.Data)
			}
		}
	}
	if len(inputs) < 50 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for i, in := range inputs {
		inputs[i] = append(append(bytes.Clone(in), '\n'), in...)
	}
	return inputs
}

// rewriteAll runs a session over input with every category on, the memo on or off.
func rewriteAll(t testing.TB, input []byte, memoOff bool, shiftTime bool) []byte {
	cfg := Config{Key: make([]byte, 32), Workers: 1, ShiftTime: shiftTime}
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.memoOff = memoOff
	var out bytes.Buffer
	err = e.Run(&out, []Input{{Name: "memo", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(input)), nil
	}}})
	if err != nil && err != ErrIncomplete {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestMemoChangesNothing checks that the value memo is invisible: every shipped input and
// script input, values repeated, comes out byte for byte as it does without it.
func TestMemoChangesNothing(t *testing.T) {
	for _, in := range memoInputs(t) {
		for _, shift := range []bool{false, true} {
			with, without := rewriteAll(t, in, false, shift), rewriteAll(t, in, true, shift)
			if !bytes.Equal(with, without) {
				t.Errorf("memo changed the output (shift-time %v) of\n%s\nwith:\n%s\nwithout:\n%s", shift, in, with, without)
			}
		}
	}
}

func FuzzMemoChangesNothing(f *testing.F) {
	for _, in := range memoInputs(f) {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		in = append(append(bytes.Clone(in), '\n'), in...)
		if with, without := rewriteAll(t, in, false, false), rewriteAll(t, in, true, false); !bytes.Equal(with, without) {
			t.Errorf("memo changed the output of %q:\n%q\n%q", in, with, without)
		}
	})
}
