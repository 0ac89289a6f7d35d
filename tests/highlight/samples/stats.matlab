% Page statistics
function [mean_len, counts] = stats(pages, varargin)
%{
  Block comment
  over lines
%}
counts = zeros(1, numel(pages));
for k = 1:numel(pages)
    counts(k) = length(pages{k});   % characters
end
mean_len = mean(counts) * 1.5e3 + 2L;
names = {'index', "about"};
msg = 'it''s done';
t = counts';
if ~isempty(t) && all(t >= 0)
    disp(['Total: ' num2str(sum(t))]);
end
x = [1, 2; 3, 4] .* 2 ...  continued
    + 1;
!ls -la
end
