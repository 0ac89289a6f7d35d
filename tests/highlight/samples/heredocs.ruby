# frozen_string_literal: true
require "jekyll"

module Jekyll::Tags
  class Gist < Liquid::Tag
    PATTERN = %r!\A(\S+)/(\w+)\z!i.freeze
    NAMES = %w[one two three]
    SYMS = %i(a b)

    def initialize(tag, markup, tokens)
      super
      @markup = markup.strip
      @@count ||= 0
      $stderr.puts "gist #{@markup}" if $DEBUG
    end

    def render(context)
      text = <<~HTML
        <script src="#{url}"></script>
        plain line
      HTML
      other = <<-'RAW'
        no #{interp} here
        RAW
      return text unless @markup =~ /gist/
      hash = { key: :value, "str" => 1.5e3, 'single' => 0x1F, list: [1, 2_000] }
      hash.each { |k, v| puts "#{k}: #{v}" }
      x = cond ? 1 : 2
      y = ?a
      @markup.gsub!(/\s+/, " ")
      %Q{braces {nested} #{x}} + %q(parens) + %w<a b>.join
    end

    def self.cls_method(a, *rest, **opts, &blk) = a
  end
end

=begin
block comment
=end
puts [1, 2, 3].map(&:to_s).sum rescue nil
__END__
data section
