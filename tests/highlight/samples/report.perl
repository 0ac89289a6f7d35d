#!/usr/bin/perl
use strict;
use warnings;
package Site::Report;

=head1 NAME

Site::Report - counts pages

=cut

my %count = (posts => 0, 'pages' => 0);
our @files = glob("_site/*.html");
my $total = scalar @files;

sub summarize {
    my ($self, $limit) = @_;
    foreach my $file (@files) {
        next unless $file =~ m/\.html$/i;
        (my $name = $file) =~ s{^_site/}{}g;
        $name =~ tr/a-z/A-Z/;
        $count{posts}++ if $file =~ /\d{4}-\d\d/;
        print STDERR "skipping $file\n" and next if -z $file;
    }
    my @words = qw(alpha beta gamma);
    my $re = qr{^(\w+)\s*=\s*(.*)$};
    my $cmd = `ls -l $ENV{HOME}`;
    printf("%d of %d, hex %x\n", $count{posts}, $total, 0xff + 1_000 + 1.5e3);
    return wantarray ? @words : \%count;
}

print <<"END";
Total: $total pages, @{[ $count{pages} ]}
END

open(my $fh, '<', 'list.txt') or die "cannot open: $!";
while (my $line = <$fh>) { chomp $line; print lc($line) eq 'x' ? 1 : 0 }
__END__
anything here is data
