//! The syntax tree of a Prisma schema. Every node carries the [`Span`] of the text it came from.

use crate::Span;

/// All top-level items of a schema, in source order (files in the order they were given).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SchemaAst {
    pub items: Vec<Item>,
}

impl SchemaAst {
    pub fn models(&self) -> impl Iterator<Item = &Model> {
        self.items.iter().filter_map(|item| match item {
            Item::Model(m) => Some(m),
            _ => None,
        })
    }

    pub fn enums(&self) -> impl Iterator<Item = &Enum> {
        self.items.iter().filter_map(|item| match item {
            Item::Enum(e) => Some(e),
            _ => None,
        })
    }

    pub fn configs(&self) -> impl Iterator<Item = &ConfigBlock> {
        self.items.iter().filter_map(|item| match item {
            Item::Config(c) => Some(c),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `model`, `view` or `type` (a composite type).
    Model(Model),
    Enum(Enum),
    /// `datasource` or `generator`.
    Config(ConfigBlock),
}

/// A name as written, with its span.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModelKind {
    Model,
    View,
    /// A composite type (`type Address { ... }`).
    Type,
}

impl ModelKind {
    pub fn keyword(self) -> &'static str {
        match self {
            ModelKind::Model => "model",
            ModelKind::View => "view",
            ModelKind::Type => "type",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub kind: ModelKind,
    pub name: Ident,
    pub fields: Vec<Field>,
    /// Block attributes (`@@id`, `@@index`, ...), in source order.
    pub attributes: Vec<Attribute>,
    /// The `///` comments right above the block, one line each, without the slashes.
    pub documentation: Option<String>,
    /// From the keyword to the closing brace.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: Ident,
    pub field_type: FieldType,
    pub arity: Arity,
    pub attributes: Vec<Attribute>,
    pub documentation: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arity {
    Required,
    Optional,
    List,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    /// A named type: a scalar, an enum, a model or a composite type.
    Named(Ident),
    /// `Unsupported("...")`: the database type, as written.
    Unsupported { db_type: String, span: Span },
}

impl FieldType {
    pub fn span(&self) -> Span {
        match self {
            FieldType::Named(ident) => ident.span,
            FieldType::Unsupported { span, .. } => *span,
        }
    }

    pub fn name(&self) -> Option<&str> {
        match self {
            FieldType::Named(ident) => Some(&ident.name),
            FieldType::Unsupported { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub name: Ident,
    pub values: Vec<EnumValue>,
    pub attributes: Vec<Attribute>,
    pub documentation: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    pub name: Ident,
    pub attributes: Vec<Attribute>,
    pub documentation: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConfigKind {
    Datasource,
    Generator,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConfigBlock {
    pub kind: ConfigKind,
    pub name: Ident,
    pub properties: Vec<Property>,
    pub documentation: Option<String>,
    pub span: Span,
}

impl ConfigBlock {
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name.name == name)
    }
}

/// `key = value` inside a datasource or generator block.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: Ident,
    /// `None` when the line is `key =` with nothing after it.
    pub value: Option<Expr>,
    pub span: Span,
}

/// `@name(args)` on a field or enum value, `@@name(args)` on a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// The name without the `@` signs; may be dotted (`db.VarChar`).
    pub name: Ident,
    pub arguments: Arguments,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub items: Vec<Argument>,
    /// Names written with a colon and no value (`@relation(fields: )`).
    pub empty: Vec<Ident>,
    /// A comma after the last argument.
    pub trailing_comma: Option<Span>,
    /// The parentheses and what is between them; `None` when there were none.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    pub name: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A string, with its escapes already decoded.
    String(String, Span),
    /// A number as written (`42`, `-1`, `3.14`).
    Number(String, Span),
    /// A bare name or dotted path: `true`, `Cascade`, `email`, `Desc`.
    Constant(String, Span),
    Function(Box<FunctionCall>),
    Array(Vec<Expr>, Span),
    /// `{ key: value, ... }`, entries in source order (a key may repeat).
    Object(Vec<ObjectEntry>, Span),
}

/// One `key: value` of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectEntry {
    pub key: Ident,
    pub value: Expr,
    /// From the key to the end of the value.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionCall {
    pub name: Ident,
    pub arguments: Arguments,
    pub span: Span,
}

impl Expr {
    pub fn span(&self) -> Span {
        match self {
            Expr::String(_, span)
            | Expr::Number(_, span)
            | Expr::Constant(_, span)
            | Expr::Array(_, span)
            | Expr::Object(_, span) => *span,
            Expr::Function(call) => call.span,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::String(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn as_constant(&self) -> Option<&str> {
        match self {
            Expr::Constant(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Expr]> {
        match self {
            Expr::Array(items, _) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[ObjectEntry]> {
        match self {
            Expr::Object(entries, _) => Some(entries),
            _ => None,
        }
    }

    pub fn as_function(&self) -> Option<&FunctionCall> {
        match self {
            Expr::Function(call) => Some(call),
            _ => None,
        }
    }

    /// What kind of value this is, in words, for diagnostics.
    pub fn describe(&self) -> &'static str {
        match self {
            Expr::String(..) => "string",
            Expr::Number(..) => "numeric",
            Expr::Constant(..) => "constant",
            Expr::Function(..) => "function",
            Expr::Array(..) => "array",
            Expr::Object(..) => "object",
        }
    }
}
