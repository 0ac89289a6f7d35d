// Rouge's Julia lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge writes these with /x, which also drops the spaces inside "mutable struct",
// "abstract type" and "for outer": those never match.
const std::string builtins =
   R"(\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|)"
   R"(stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(LOAD|DEPOT)_PATH)\b)";
const std::string keywords =
   R"(\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|)"
   R"(const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|)"
   R"(forouter|where)\b)";
const std::string types = R"(\b(?:)" + alternation(
   "ARPACKException AbstractArray AbstractChannel AbstractChar AbstractDict AbstractDisplay "
   "AbstractFloat AbstractIrrational AbstractLogger AbstractMatrix AbstractREPL AbstractRNG "
   "AbstractRange AbstractSerializer AbstractSet AbstractSparseArray AbstractSparseMatrix "
   "AbstractSparseVector AbstractString AbstractUnitRange AbstractVecOrMat AbstractVector "
   "AbstractWorkerPool Adjoint Any ArgumentError Array AssertionError Base64DecodePipe "
   "Base64EncodePipe BasicREPL Bidiagonal BigFloat BigInt BitArray BitMatrix BitSet "
   "BitVector Bool BoundsError BunchKaufman CachingPool CapturedException CartesianIndex "
   "CartesianIndices Cchar Cdouble Cfloat Channel Char Cholesky CholeskyPivoted Cint "
   "Cintmax_t Clong Clonglong ClusterManager Cmd Colon Complex ComplexF16 ComplexF32 "
   "ComplexF64 CompositeException Condition ConsoleLogger Cptrdiff_t Cshort Csize_t "
   "Cssize_t Cstring Cuchar Cuint Cuintmax_t Culong Culonglong Cushort Cvoid Cwchar_t "
   "Cwstring DataType Date DateFormat DatePeriod DateTime Day DenseArray DenseMatrix "
   "DenseVecOrMat DenseVector Diagonal Dict DimensionMismatch Dims DivideError DomainError "
   "EOFError Eigen Enum ErrorException Exception ExponentialBackOff Expr FDWatcher "
   "Factorization FileMonitor Float16 Float32 Float64 FolderMonitor Function "
   "GeneralizedEigen GeneralizedSVD GeneralizedSchur GenericArray GenericDict GenericSet "
   "GenericString GitConfig GitRepo GlobalRef HMAC_CTX HTML Hermitian Hessenberg Hour IO "
   "IOBuffer IOContext IOStream IPAddr IPv4 IPv6 IdDict IndexCartesian IndexLinear "
   "IndexStyle InexactError InitError Int Int128 Int16 Int32 Int64 Int8 Integer "
   "InterruptException InvalidStateException Irrational KeyError LAPACKException LDLt LQ LU "
   "LinRange LineEditREPL LineNumberNode LinearIndices LoadError LogLevel LowerTriangular "
   "MIME Matrix MersenneTwister Method MethodError Microsecond Millisecond Minute Missing "
   "MissingException Module Month NTuple NamedTuple Nanosecond Nothing NullLogger Number "
   "OrdinalRange OutOfMemoryError OverflowError PackageMode PackageSpec Pair "
   "PartialQuickSort Period PermutedDimsArray Pipe PollingFileWatcher PosDefException "
   "ProcessExitedException Ptr QR QRPivoted QuoteNode RandomDevice RankDeficientException "
   "Rational RawFD ReadOnlyMemoryError Real ReentrantLock Ref Regex RegexMatch "
   "RemoteChannel RemoteException RoundingMode SHA1_CTX SHA224_CTX SHA256_CTX SHA2_224_CTX "
   "SHA2_256_CTX SHA2_384_CTX SHA2_512_CTX SHA384_CTX SHA3_224_CTX SHA3_256_CTX "
   "SHA3_384_CTX SHA3_512_CTX SHA512_CTX SVD Schur Second SegmentationFault Serializer Set "
   "SharedArray SharedMatrix SharedVector Signed SimpleLogger SingularException Some "
   "SparseMatrixCSC SparseVector StackOverflowError StepRange StepRangeLen StreamREPL "
   "StridedArray StridedMatrix StridedVecOrMat StridedVector String StringIndexError "
   "SubArray SubString SubstitutionString SymTridiagonal Symbol Symmetric SystemError "
   "TCPSocket Task TestSetException Text TextDisplay Time TimePeriod TimeType TimeZone "
   "Timer Transpose Tridiagonal Tuple Type TypeError TypeVar UDPSocket UInt UInt128 UInt16 "
   "UInt32 UInt64 UInt8 UTC UUID UndefInitializer UndefKeywordError UndefRefError "
   "UndefVarError UniformScaling Union UnionAll UnitLowerTriangular UnitRange "
   "UnitUpperTriangular Unsigned UpgradeLevel UpperTriangular Val Vararg VecElement "
   "VecOrMat Vector VersionNumber WeakKeyDict WeakRef Week WorkerConfig WorkerPool Year ") + R"()\b)";
const std::string operators =
   R"(\+|=|-|\*|/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|/=|\\=|÷=|%=|\^=|&=|\|=|)"
   R"(\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\./|\\|<|>|÷|>:|:|===|)"
   R"(!==|=>)";
// Ruby's [\p{L}\p{Nl}\p{S}_][\p{Word}\p{S}\p{Po}!]*
const std::string identifier =
   R"([\p{L}\p{Nl}\p{S}_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{S}\p{Po}!]*)";

Lexer make_julia() {
   Lexer l("julia");
   l.state("root")
      .rule(R"(\n)", Tok::Text)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(#=)", Tok::CommentMultiline, "blockcomment")
      .rule(R"(#.*$)", Tok::Comment)
      .rule(operators, Tok::Operator)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(\\)", Tok::Text)
      .rule(R"((function|macro)((?:\s|\\\s)+))", {Tok::Keyword, Tok::NameFunction}, "funcname")
      .rule(R"(((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+))",
            {Tok::Keyword, Tok::NameClass}, "typename")
      .rule(types, Tok::KeywordType)
      .rule(R"((local|global|const)\b)", Tok::KeywordDeclaration)
      .rule(keywords, Tok::Keyword)
      .rule(builtins, Tok::NameBuiltin)
      .rule(R"(`.*?`)", Tok::StrBacktick)
      .rule(R"('(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\\'\n])')",
            Tok::StrChar)
      .rule(R"((?<=[.\w)\]])\'+)", Tok::Operator)
      .rule(R"~((?:[IL])")~", Tok::Str, "string")
      .rule(R"~([E]?")~", Tok::Str, "string")
      .rule(R"(@[\w.]+)", Tok::NameDecorator)
      .rule(R"((?:[a-zA-Z_\x{A1}-\x{FFFF}]|[\x{1000}-\x{10FF}])(?:[a-zA-Z_0-9\x{A1}-\x{FFFF}]|[\x{1000}-\x{10FF}])*!*)",
            Tok::Name)
      .rule(R"([\[\]{}\(\),;])", Tok::Other)
      .rule(R"((\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"((\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?)", Tok::NumFloat)
      .rule(R"(\d+(_\d+)+[eEf][+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"(\d+[eEf][+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"(0b[01]+(_[01]+)+)", Tok::NumBin)
      .rule(R"(0b[01]+)", Tok::NumBin)
      .rule(R"(0o[0-7]+(_[0-7]+)+)", Tok::NumOct)
      .rule(R"(0o[0-7]+)", Tok::NumOct)
      .rule(R"(0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+)", Tok::NumHex)
      .rule(R"(0x[a-fA-F0-9]+)", Tok::NumHex)
      .rule(R"(\d+(_\d+)+)", Tok::NumInteger)
      .rule(R"(\d+)", Tok::NumInteger);
   l.state("funcname")
      .rule(identifier, Tok::NameFunction, "#pop")
      .rule(R"(\([^\s\w{]{1,2}\))", Tok::Operator, "#pop")
      .rule(R"([^\s\w{]{1,2})", Tok::Operator, "#pop");
   l.state("typename").rule(identifier, Tok::NameClass, "#pop");
   l.state("blockcomment")
      .rule(R"([^=#])", Tok::CommentMultiline)
      .rule(R"(#=)", Tok::CommentMultiline, "blockcomment")
      .rule(R"(\=#)", Tok::CommentMultiline, "#pop")
      .rule(R"([=#])", Tok::CommentMultiline);
   l.state("string")
      .rule(R"~(\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3}))~",
            Tok::StrEscape)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"~(\\\\|\\"|\\\n)~", Tok::StrEscape)
      .rule(R"(\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?)", Tok::StrInterpol)
      .rule(R"([^\\"$]+)", Tok::Str)
      .rule(R"(["\\])", Tok::Str)
      .rule(R"(\$)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& julia_lexer() {
   static const Lexer lexer = make_julia();
   return lexer;
}

}  // namespace jekyllpp::highlight
