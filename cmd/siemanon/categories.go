package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/siemanon/siemanon/categories"
)

func newCategoriesCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "categories",
		Short: "List the categories of sensitive values, with risk level and description",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tw := tabwriter.NewWriter(s.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CATEGORY\tRISK\tDEFAULT\tDESCRIPTION")
			for _, c := range categories.All() {
				def := "on"
				if c.DefaultOff {
					def = "off"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Name, c.Risk, def, c.Description)
			}
			return tw.Flush()
		},
	}
}
