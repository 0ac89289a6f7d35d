functions {
  real foo(real x, vector y) { return x + sum(y); }
  vector bar_lpdf(vector z) { return normal_lpdf(z | 0, 1); }
  real pi() { return 3; }
}
data {
  int<lower=0> N;
  array[N] real y;   // comment
  complex z = 3 + 2i;
  complex w = 1.5e3 /* c */ - 2.i;
}
transformed parameters {
  real mu = log_sum_exp(y) .* 2 ./ 3 ';
}
model {
  y ~ normal(mu, sigma) T[0, ];
  target += normal_lupdf(y | mu, 1);
  #include "foo.stan"
  # old comment
  if (x > 1 && y || !z) print(x);
}
generated quantities {
  real q = x ? 1 : 2;
}
