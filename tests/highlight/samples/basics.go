// Package site builds pages.
package site

import (
	"fmt"
	"strings"
)

/* Page is one rendered file.
   It may be a post. */
type Page struct {
	Title string
	Tags  []string
	size  int64
}

const limit = 1 << 10

func (p *Page) Render(out *strings.Builder) error {
	if p == nil || len(p.Tags) > limit {
		return fmt.Errorf("bad page %q: %d", p.Title, 0x1F)
	}
	for i, tag := range p.Tags {
		out.WriteString(fmt.Sprintf("%d:%s\n", i, tag))
	}
	var ratio float64 = 3.14e-2
	c := 'x'
	esc := '\n'
	raw := `a raw
string`
	ch := make(chan int, 3)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		_ = v
	default:
	}
	_, _, _, _ = ratio, c, esc, raw
	z := 2i + complex(1, 2)
	_ = z
	return nil
}
