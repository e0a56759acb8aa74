#!/usr/bin/perl
# An SMSC independent of smishguard's own SMPP code, for the Kannel test (kannel.test.ts):
# Net::SMPP (Debian libnet-smpp-perl) on the server side. It takes one bind at a time, answers
# every submit_sm with a message id of its own, writes what it received as one JSON line a PDU,
# and sends a delivery receipt (deliver_sm, esm_class 0x04) for each one that asked for it.
#
# Usage: smsc.pl RECORD_FILE SYSTEM_ID PASSWORD
# Listens on 127.0.0.1, an ephemeral port, printed on stdout as "listening PORT".
use strict;
use warnings;
use Net::SMPP;
use JSON::PP;
use IO::Handle;

my ($record, $system_id, $password) = @ARGV;
die "usage: smsc.pl RECORD_FILE SYSTEM_ID PASSWORD\n" unless defined $password;

open(my $out, '>>', $record) or die "cannot write $record: $!\n";
$out->autoflush(1);
STDOUT->autoflush(1);
# SMSC_TRACE=1: Net::SMPP hex-dumps every PDU to stderr (the test keeps it in smsc.log).
$Net::SMPP::trace = 1 if $ENV{SMSC_TRACE};
my $json = JSON::PP->new->canonical;

# async: requests we originate (the receipts) do not wait for their response, which comes
# back through the same read loop as everything else.
my $listener = Net::SMPP->new_listen('127.0.0.1', port => 0, async => 1, enquire_interval => 0)
  or die "cannot listen: $!\n";
print "listening ", $listener->sockport, "\n";

my $next_id = 7_000_000;
my $BIND_FAIL = 0x0000000D;

sub hex_of { my $v = shift; return defined $v ? unpack('H*', $v) : undef }

sub receipt {
  my ($smsc, $pdu, $id) = @_;
  my $now = do { my @t = localtime; sprintf('%02d%02d%02d%02d%02d', $t[5] % 100, $t[4] + 1, $t[3], $t[2], $t[1]) };
  my $text = "id:$id sub:001 dlvrd:001 submit date:$now done date:$now stat:DELIVRD err:000 text:";
  $smsc->deliver_sm(
    source_addr_ton => $pdu->{dest_addr_ton}, source_addr_npi => $pdu->{dest_addr_npi}, source_addr => $pdu->{destination_addr},
    dest_addr_ton => $pdu->{source_addr_ton}, dest_addr_npi => $pdu->{source_addr_npi}, destination_addr => $pdu->{source_addr},
    esm_class => 0x04, data_coding => 0, short_message => $text,
    receipted_message_id => "$id\0", message_state => pack('C', 2),
  );
}

while (1) {
  my $smsc = $listener->accept or next;
  while (my $pdu = $smsc->read_pdu) {
    my $cmd = $pdu->{cmd};
    if ($cmd == 0x00000009 || $cmd == 0x00000002 || $cmd == 0x00000001) {
      my $ok = ($pdu->{system_id} // '') eq $system_id && ($pdu->{password} // '') eq $password;
      my %resp = (system_id => 'perl-smsc', seq => $pdu->{seq}, status => $ok ? 0 : $BIND_FAIL);
      if ($cmd == 0x00000009) { $smsc->bind_transceiver_resp(%resp) }
      elsif ($cmd == 0x00000002) { $smsc->bind_transmitter_resp(%resp) }
      else { $smsc->bind_receiver_resp(%resp) }
      print $out $json->encode({ pdu => 'bind', system_id => $pdu->{system_id}, ok => $ok ? JSON::PP::true : JSON::PP::false }), "\n";
      last unless $ok;
    } elsif ($cmd == 0x00000004) {
      my $id = $next_id++;
      $smsc->submit_sm_resp(message_id => "$id", seq => $pdu->{seq});
      print $out $json->encode({
        pdu => 'submit_sm', message_id => "$id",
        source_addr => $pdu->{source_addr}, destination_addr => $pdu->{destination_addr},
        esm_class => $pdu->{esm_class}, data_coding => $pdu->{data_coding},
        registered_delivery => $pdu->{registered_delivery},
        short_message => hex_of($pdu->{short_message}),
        message_payload => hex_of($pdu->{message_payload}),
        sar_msg_ref_num => hex_of($pdu->{sar_msg_ref_num}),
        sar_total_segments => hex_of($pdu->{sar_total_segments}),
        sar_segment_seqnum => hex_of($pdu->{sar_segment_seqnum}),
      }), "\n";
      receipt($smsc, $pdu, $id) if ($pdu->{registered_delivery} // 0) & 0x01;
    } elsif ($cmd == 0x00000015) {
      $smsc->enquire_link_resp(seq => $pdu->{seq});
    } elsif ($cmd == 0x00000006) {
      $smsc->unbind_resp(seq => $pdu->{seq});
      last;
    } elsif (($cmd & 0x80000000) == 0) {
      $smsc->generic_nack(seq => $pdu->{seq}, status => 0x00000003);
    }
    # Responses (deliver_sm_resp, enquire_link_resp) need nothing.
  }
  close $smsc;
}
