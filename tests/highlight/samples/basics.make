# Build the site and the docs.
include config.mk
SITE ?= _site
SOURCES := $(wildcard *.md) $(shell ls docs)
export PATH

ifeq ($(CI),true)
JOBS = 2
else
JOBS = 8
endif

.PHONY: all clean

all: $(SITE)/index.html docs

$(SITE)/index.html: $(SOURCES) _config.yml
	@echo "building $@ from $<"
	-bundle exec jekyll build --destination $(SITE) -j $(JOBS)
	cp -r assets/ $(SITE)/assets/ # copy assets

docs: %.html: %.md
	pandoc $(patsubst %.md,%.html, $^) > $@

clean:
	rm -rf $(SITE) "tmp dir" 'other'
