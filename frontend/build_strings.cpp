// String atoms: adjacent literals are concatenated (str with str, bytes with
// bytes), f-strings become JoinedStr/FormattedValue exactly as CPython
// 3.11's ast has them: literal text merged across pieces and tokens, empty
// pieces dropped, `{x=}` adding its own text, format specs as nested
// JoinedStrs. The expression of each field is parsed by running the
// parser on its text, as CPython 3.11 does, with positions in the file.
#include "frontend/ast_builder.hpp"
#include "frontend/literals.hpp"
#include "frontend/token_source.hpp"

namespace yieldc::frontend {

namespace {

// Collects the values of a JoinedStr: literal text is buffered so that
// adjacent pieces make one Constant.
class JoinedBuilder {
 public:
  JoinedBuilder(SourceSpan at, bool u_prefix) : at_(at), u_prefix_(u_prefix) {}

  void text(const std::string& s) { pending_ += s; }
  void value(Expr e) {
    flush();
    values_.push_back(std::move(e));
  }
  ExprList finish() {
    flush();
    return std::move(values_);
  }

 private:
  void flush() {
    if (pending_.empty()) return;
    values_.push_back(
        make_expr(at_, Constant{Constant::Kind::Str, std::move(pending_), 0, u_prefix_}));
    pending_.clear();
  }

  SourceSpan at_;
  bool u_prefix_;
  std::string pending_;
  ExprList values_;
};

struct FieldContext {
  antlr4::Token* token;
  const StringToken* literal;
  SourceSpan atom;
};

}  // namespace

// Appends the parts of one f-string token (or of a format spec) to `out`.
static bool add_fstring_parts(AstBuilder& builder, const FieldContext& where,
                              const std::vector<FStringPart>& parts, JoinedBuilder& out) {
  for (const FStringPart& part : parts) {
    if (!part.is_field) {
      out.text(part.literal);
      continue;
    }
    const FStringField& field = part.field;
    if (field.debug_text) out.text(*field.debug_text);
    std::string_view text =
        where.literal->body.substr(field.expr_begin, field.expr_end - field.expr_begin);
    std::string token_text = where.token->getText();
    std::string_view before =
        std::string_view(token_text).substr(0, where.literal->body_offset + field.expr_begin);
    SourcePos origin = advance_pos(token_begin(where.token), before);
    std::optional<Expr> value = parse_fstring_expression(std::string(text), origin, builder);
    if (!value) return false;
    FormattedValue formatted;
    formatted.value = std::move(*value);
    formatted.conversion = field.conversion;
    if (field.has_spec) {
      JoinedBuilder spec(where.atom, false);
      if (!add_fstring_parts(builder, where, field.spec, spec)) return false;
      formatted.format_spec = make_expr(where.atom, JoinedStr{spec.finish()});
    }
    out.value(make_expr(where.atom, std::move(formatted)));
  }
  return true;
}

Expr AstBuilder::strings(P::StringAtomContext* ctx) {
  SourceSpan at = span(ctx);
  auto nodes = ctx->STRING();
  std::vector<std::string> texts;
  std::vector<StringToken> literals;
  texts.reserve(nodes.size());
  for (auto* node : nodes) texts.push_back(node->getText());
  bool any_bytes = false;
  bool any_str = false;
  bool any_fstring = false;
  for (const std::string& text : texts) {
    literals.push_back(split_string_token(text));
    any_bytes |= literals.back().bytes;
    any_str |= !literals.back().bytes;
    any_fstring |= literals.back().fstring;
  }
  bool u_prefix = literals[0].u_prefix;
  Constant fallback{Constant::Kind::Str, "", 0, u_prefix};
  if (any_bytes && any_str) {
    error(SourceSpan{at.end, at.end}, "cannot mix bytes and nonbytes literals");
    return make_expr(at, fallback);
  }

  // Decodes one non-f-string token; false after reporting an error.
  auto decode = [&](size_t i, std::string& out) {
    const StringToken& literal = literals[i];
    SourceSpan token_at = token_span(nodes[i]->getSymbol());
    if (literal.bytes) {
      for (char c : literal.body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          error(token_at, "bytes can only contain ASCII literal characters");
          return false;
        }
      }
    }
    if (literal.raw) {
      out = std::string(literal.body);
      return true;
    }
    LiteralError problem;
    if (decode_escapes(literal.body, literal.bytes, out, problem)) return true;
    if (problem.unsupported) {
      unsupported(token_at, problem.message);
    } else {
      // CPython reports a bad escape at the end of the literal.
      error(SourceSpan{token_at.end, token_at.end}, problem.message);
    }
    return false;
  };

  if (!any_fstring) {
    Constant constant{any_bytes ? Constant::Kind::Bytes : Constant::Kind::Str, "", 0, u_prefix};
    for (size_t i = 0; i < literals.size(); ++i) {
      std::string value;
      if (!decode(i, value)) return make_expr(at, fallback);
      constant.text += value;
    }
    return make_expr(at, std::move(constant));
  }

  JoinedBuilder joined(at, u_prefix);
  for (size_t i = 0; i < literals.size(); ++i) {
    if (!literals[i].fstring) {
      std::string value;
      if (!decode(i, value)) return make_expr(at, fallback);
      joined.text(value);
      continue;
    }
    std::vector<FStringPart> parts;
    LiteralError problem;
    antlr4::Token* token = nodes[i]->getSymbol();
    if (!split_fstring(literals[i].body, literals[i].raw, parts, problem)) {
      // CPython 3.11 reports f-string errors at the end of the literal.
      SourcePos end = token_end(token);
      if (problem.unsupported) {
        unsupported(token_span(token), problem.message);
      } else {
        error(SourceSpan{end, end}, problem.message);
      }
      return make_expr(at, fallback);
    }
    FieldContext where{token, &literals[i], at};
    if (!add_fstring_parts(*this, where, parts, joined)) return make_expr(at, fallback);
  }
  return make_expr(at, JoinedStr{joined.finish()});
}

}  // namespace yieldc::frontend
