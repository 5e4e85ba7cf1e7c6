// Command throughput measures siemanon end to end against a plain copy of the same file,
// in one run, so that the ratios hold on any machine: it builds siemanon and loggen,
// generates a mixed security log and an ECS NDJSON file of the size asked, and times
//
//   - cat FILE > /dev/null (the baseline: what the disk and the pipe allow),
//   - siemanon FILE > OUT (file to file) with one worker and with one per CPU,
//   - siemanon < FILE > /dev/null (standard input to standard output),
//
// printing a Markdown table of MB/s and the ratio to cat. Usage:
//
//	go run ./cmd/throughput -size 1GB -dir /tmp/siemanon-bench
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

func main() {
	size := flag.String("size", "1GB", "size of each generated file (loggen syntax: 1GB, 200MB)")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "siemanon-bench"), "where the binaries and files go")
	runs := flag.Int("runs", 1, "runs of each measurement; the fastest counts")
	flag.Parse()
	if err := run(*size, *dir, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "throughput:", err)
		os.Exit(1)
	}
}

func run(size, dir string, runs int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	siemanon, loggen := filepath.Join(dir, "siemanon"), filepath.Join(dir, "loggen")
	for bin, pkg := range map[string]string{siemanon: "./cmd/siemanon", loggen: "./cmd/loggen"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	files := []struct{ name, format string }{{"mixed.log", "mixed"}, {"ecs.ndjson", "ecs"}}
	key := strings.Repeat("0", 64)
	fmt.Printf("machine: %s/%s, %d CPUs; files of %s made by loggen\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), size)
	fmt.Println("| input | command | MB/s | ratio to cat |")
	fmt.Println("|---|---|---:|---:|")
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := generate(loggen, path, f.format, size); err != nil {
			return err
		}
		info, err := os.Stat(path)
		if err != nil {
			return err
		}
		mb := float64(info.Size()) / 1e6
		out := filepath.Join(dir, "out")
		cases := []struct {
			label string
			cmd   func() *exec.Cmd
		}{
			{"cat FILE > /dev/null", func() *exec.Cmd { return exec.Command("sh", "-c", "cat "+path+" > /dev/null") }},
			{"siemanon --workers 1 FILE > OUT", func() *exec.Cmd {
				return exec.Command("sh", "-c", siemanon+" --workers 1 "+path+" > "+out)
			}},
			{fmt.Sprintf("siemanon FILE > OUT (%d workers)", runtime.NumCPU()), func() *exec.Cmd {
				return exec.Command("sh", "-c", siemanon+" "+path+" > "+out)
			}},
			{"siemanon < FILE > /dev/null", func() *exec.Cmd {
				return exec.Command("sh", "-c", siemanon+" < "+path+" > /dev/null")
			}},
		}
		var base float64
		for i, c := range cases {
			best := time.Duration(1<<63 - 1)
			for range runs {
				cmd := c.cmd()
				cmd.Env = append(os.Environ(), "SIEMANON_KEY="+key)
				cmd.Stderr = os.Stderr
				start := time.Now()
				if err := cmd.Run(); err != nil {
					return fmt.Errorf("%s: %v", c.label, err)
				}
				best = min(best, time.Since(start))
			}
			rate := mb / best.Seconds()
			if i == 0 {
				base = rate
			}
			fmt.Printf("| %s | %s | %.0f | %.3f |\n", f.name, c.label, rate, rate/base)
		}
		os.Remove(out)
	}
	return nil
}

// generate writes a loggen file unless one of the same format and size is there.
func generate(loggen, path, format, size string) error {
	stamp := path + ".made"
	if b, err := os.ReadFile(stamp); err == nil && string(b) == format+" "+size {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cmd := exec.Command(loggen, "-size", size, "-format", format, "-seed", "1")
	cmd.Stdout, cmd.Stderr = f, os.Stderr
	if err := cmd.Run(); err != nil {
		f.Close()
		return fmt.Errorf("loggen: %v", err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.WriteFile(stamp, []byte(format+" "+size), 0o644)
}
