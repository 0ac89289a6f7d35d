// Rouge 3.30 IgorPro lexer's builtin function and operation names (data), for igorpro.cpp.
// Rouge looks up the lower-cased word, so only its lower-case entries can match; the others
// (most of them: AddListItem, Make...) are left out.
#include "lexers/igorpro_words.hpp"

namespace jekyllpp::highlight {

const Words& igorpro_functions() {
   static const Words words(
      "abs acos acosh alog area asin asinh atan atan2 atanh beta betai binomial binomialln "
      "cabs ceil cequal char2num chebyshev cmplx cmpstr conj cos cosh cot coth cpowi csc "
      "csch date date2secs datetime defined deltax digamma dilogarithm ei enoise erf erfc "
      "erfcw exists exp factorial fakedata faverage floor gamma gammln gammp gammq gcd "
      "gnoise hcsr hermite imag interp leftx limit ln log magsqr max mean median min mod "
      "norm note num2char num2istr num2str numpnts numtype p2rect pcsr pnt2x poly qcsr "
      "r2polar real rightx round sawtooth sec sech sign sin sinc sinh sqrt str2num "
      "stringmatch strlen strsearch sum tan tango_close_device tango_command_inout "
      "tango_compute_image_proj tango_get_dev_attr_list tango_get_dev_black_box "
      "tango_get_dev_cmd_list tango_get_dev_status tango_get_dev_timeout "
      "tango_get_error_stack tango_open_device tango_ping_device tango_read_attribute "
      "tango_read_attributes tango_reload_dev_interface tango_resume_attr_monitor "
      "tango_set_attr_monitor_period tango_set_dev_timeout tango_start_attr_monitor "
      "tango_stop_attr_monitor tango_suspend_attr_monitor tango_write_attribute "
      "tango_write_attributes tanh ticks time trunc vcsr wnoise x2pnt xcsr zcsr "
      "zeromq_client_connect zeromq_client_recv zeromq_client_send zeromq_handler_start "
      "zeromq_handler_stop zeromq_server_bind zeromq_server_recv zeromq_server_send "
      "zeromq_set zeromq_stop zeromq_test_callfunction zeta");
   return words;
}

const Words& igorpro_operations() {
   static const Words words(
      "cd dir fprintf printf pwd sprintf sscanf wfprintf");
   return words;
}

}  // namespace jekyllpp::highlight
