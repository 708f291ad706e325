//! Prisma's scalar types and PostgreSQL's native types (`@db.*`).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScalarType {
    String,
    Boolean,
    Int,
    BigInt,
    Float,
    Decimal,
    DateTime,
    Json,
    Bytes,
}

impl ScalarType {
    pub const ALL: [ScalarType; 9] = [
        ScalarType::String,
        ScalarType::Boolean,
        ScalarType::Int,
        ScalarType::BigInt,
        ScalarType::Float,
        ScalarType::Decimal,
        ScalarType::DateTime,
        ScalarType::Json,
        ScalarType::Bytes,
    ];

    pub fn from_name(name: &str) -> Option<ScalarType> {
        Some(match name {
            "String" => ScalarType::String,
            "Boolean" => ScalarType::Boolean,
            "Int" => ScalarType::Int,
            "BigInt" => ScalarType::BigInt,
            "Float" => ScalarType::Float,
            "Decimal" => ScalarType::Decimal,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Bytes" => ScalarType::Bytes,
            _ => return Option::None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            ScalarType::String => "String",
            ScalarType::Boolean => "Boolean",
            ScalarType::Int => "Int",
            ScalarType::BigInt => "BigInt",
            ScalarType::Float => "Float",
            ScalarType::Decimal => "Decimal",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Bytes => "Bytes",
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal)
    }
}

impl fmt::Display for ScalarType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The shape of a native type's arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NativeArgs {
    /// No arguments: `@db.Text`.
    None,
    /// One optional length or precision: `@db.VarChar(255)`, `@db.VarChar`.
    OptionalOne,
    /// Precision and scale, both or none: `@db.Decimal(10, 2)`.
    OptionalTwo,
}

/// A PostgreSQL native type Prisma knows, with the Prisma scalar types it may be used on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NativeTypeDef {
    /// The name after `@db.`.
    pub name: &'static str,
    pub args: NativeArgs,
    pub scalar_types: &'static [ScalarType],
    /// The type as PostgreSQL DDL writes it, without arguments.
    pub sql: &'static str,
}

use NativeArgs::*;
use ScalarType as S;

/// Every PostgreSQL native type of Prisma, in its documentation's order.
pub const POSTGRES_NATIVE_TYPES: &[NativeTypeDef] = &[
    NativeTypeDef { name: "SmallInt", args: None, scalar_types: &[S::Int], sql: "SMALLINT" },
    NativeTypeDef { name: "Integer", args: None, scalar_types: &[S::Int], sql: "INTEGER" },
    NativeTypeDef { name: "BigInt", args: None, scalar_types: &[S::BigInt], sql: "BIGINT" },
    NativeTypeDef { name: "Decimal", args: OptionalTwo, scalar_types: &[S::Decimal], sql: "DECIMAL" },
    NativeTypeDef { name: "Money", args: None, scalar_types: &[S::Decimal], sql: "MONEY" },
    NativeTypeDef { name: "Inet", args: None, scalar_types: &[S::String], sql: "INET" },
    NativeTypeDef { name: "Oid", args: None, scalar_types: &[S::Int], sql: "OID" },
    NativeTypeDef { name: "Citext", args: None, scalar_types: &[S::String], sql: "CITEXT" },
    NativeTypeDef { name: "Real", args: None, scalar_types: &[S::Float], sql: "REAL" },
    NativeTypeDef { name: "DoublePrecision", args: None, scalar_types: &[S::Float], sql: "DOUBLE PRECISION" },
    NativeTypeDef { name: "VarChar", args: OptionalOne, scalar_types: &[S::String], sql: "VARCHAR" },
    NativeTypeDef { name: "Char", args: OptionalOne, scalar_types: &[S::String], sql: "CHAR" },
    NativeTypeDef { name: "Text", args: None, scalar_types: &[S::String], sql: "TEXT" },
    NativeTypeDef { name: "ByteA", args: None, scalar_types: &[S::Bytes], sql: "BYTEA" },
    NativeTypeDef { name: "Timestamp", args: OptionalOne, scalar_types: &[S::DateTime], sql: "TIMESTAMP" },
    NativeTypeDef { name: "Timestamptz", args: OptionalOne, scalar_types: &[S::DateTime], sql: "TIMESTAMPTZ" },
    NativeTypeDef { name: "Date", args: None, scalar_types: &[S::DateTime], sql: "DATE" },
    NativeTypeDef { name: "Time", args: OptionalOne, scalar_types: &[S::DateTime], sql: "TIME" },
    NativeTypeDef { name: "Timetz", args: OptionalOne, scalar_types: &[S::DateTime], sql: "TIMETZ" },
    NativeTypeDef { name: "Boolean", args: None, scalar_types: &[S::Boolean], sql: "BOOLEAN" },
    NativeTypeDef { name: "Bit", args: OptionalOne, scalar_types: &[S::String], sql: "BIT" },
    NativeTypeDef { name: "VarBit", args: OptionalOne, scalar_types: &[S::String], sql: "VARBIT" },
    NativeTypeDef { name: "Uuid", args: None, scalar_types: &[S::String], sql: "UUID" },
    NativeTypeDef { name: "Xml", args: None, scalar_types: &[S::String], sql: "XML" },
    NativeTypeDef { name: "Json", args: None, scalar_types: &[S::Json], sql: "JSON" },
    NativeTypeDef { name: "JsonB", args: None, scalar_types: &[S::Json], sql: "JSONB" },
];

pub fn native_type_def(name: &str) -> Option<&'static NativeTypeDef> {
    POSTGRES_NATIVE_TYPES.iter().find(|t| t.name == name)
}

/// A resolved `@db.Name(args)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NativeType {
    pub def: &'static NativeTypeDef,
    pub args: Vec<u32>,
}

impl NativeType {
    pub fn name(&self) -> &'static str {
        self.def.name
    }
}

/// The native type Prisma uses when a field has none: how each scalar type is stored.
pub fn default_native_type(scalar: ScalarType) -> NativeType {
    let (name, args): (&str, Vec<u32>) = match scalar {
        S::String => ("Text", vec![]),
        S::Boolean => ("Boolean", vec![]),
        S::Int => ("Integer", vec![]),
        S::BigInt => ("BigInt", vec![]),
        S::Float => ("DoublePrecision", vec![]),
        S::Decimal => ("Decimal", vec![65, 30]),
        S::DateTime => ("Timestamp", vec![3]),
        S::Json => ("JsonB", vec![]),
        S::Bytes => ("ByteA", vec![]),
    };
    NativeType { def: native_type_def(name).expect("every default native type is in the catalogue"), args }
}

/// A named operator class Prisma knows (`ops: JsonbPathOps`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperatorClassDef {
    /// As written in the schema.
    pub name: &'static str,
    /// As written in SQL.
    pub sql: &'static str,
    /// The index types it can be used with.
    pub algorithms: &'static [IndexAlgorithm],
}

use crate::schema::IndexAlgorithm;

const GIST_SPGIST: &[IndexAlgorithm] = &[IndexAlgorithm::Gist, IndexAlgorithm::SpGist];
const GIN: &[IndexAlgorithm] = &[IndexAlgorithm::Gin];
const SPGIST: &[IndexAlgorithm] = &[IndexAlgorithm::SpGist];
const BRIN: &[IndexAlgorithm] = &[IndexAlgorithm::Brin];

macro_rules! opclasses {
    ($($name:literal => $sql:literal, $algos:expr;)*) => {
        /// Every operator class Prisma knows by name.
        pub const OPERATOR_CLASSES: &[OperatorClassDef] = &[
            $(OperatorClassDef { name: $name, sql: $sql, algorithms: $algos },)*
        ];
    };
}

opclasses! {
    "InetOps" => "inet_ops", GIST_SPGIST;
    "JsonbOps" => "jsonb_ops", GIN;
    "JsonbPathOps" => "jsonb_path_ops", GIN;
    "ArrayOps" => "array_ops", GIN;
    "TextOps" => "text_ops", SPGIST;
    "BitMinMaxOps" => "bit_minmax_ops", BRIN;
    "VarBitMinMaxOps" => "varbit_minmax_ops", BRIN;
    "BpcharBloomOps" => "bpchar_bloom_ops", BRIN;
    "BpcharMinMaxOps" => "bpchar_minmax_ops", BRIN;
    "ByteaBloomOps" => "bytea_bloom_ops", BRIN;
    "ByteaMinMaxOps" => "bytea_minmax_ops", BRIN;
    "DateBloomOps" => "date_bloom_ops", BRIN;
    "DateMinMaxOps" => "date_minmax_ops", BRIN;
    "DateMinMaxMultiOps" => "date_minmax_multi_ops", BRIN;
    "Float4BloomOps" => "float4_bloom_ops", BRIN;
    "Float4MinMaxOps" => "float4_minmax_ops", BRIN;
    "Float4MinMaxMultiOps" => "float4_minmax_multi_ops", BRIN;
    "Float8BloomOps" => "float8_bloom_ops", BRIN;
    "Float8MinMaxOps" => "float8_minmax_ops", BRIN;
    "Float8MinMaxMultiOps" => "float8_minmax_multi_ops", BRIN;
    "InetInclusionOps" => "inet_inclusion_ops", BRIN;
    "InetBloomOps" => "inet_bloom_ops", BRIN;
    "InetMinMaxOps" => "inet_minmax_ops", BRIN;
    "InetMinMaxMultiOps" => "inet_minmax_multi_ops", BRIN;
    "Int2BloomOps" => "int2_bloom_ops", BRIN;
    "Int2MinMaxOps" => "int2_minmax_ops", BRIN;
    "Int2MinMaxMultiOps" => "int2_minmax_multi_ops", BRIN;
    "Int4BloomOps" => "int4_bloom_ops", BRIN;
    "Int4MinMaxOps" => "int4_minmax_ops", BRIN;
    "Int4MinMaxMultiOps" => "int4_minmax_multi_ops", BRIN;
    "Int8BloomOps" => "int8_bloom_ops", BRIN;
    "Int8MinMaxOps" => "int8_minmax_ops", BRIN;
    "Int8MinMaxMultiOps" => "int8_minmax_multi_ops", BRIN;
    "NumericBloomOps" => "numeric_bloom_ops", BRIN;
    "NumericMinMaxOps" => "numeric_minmax_ops", BRIN;
    "NumericMinMaxMultiOps" => "numeric_minmax_multi_ops", BRIN;
    "OidBloomOps" => "oid_bloom_ops", BRIN;
    "OidMinMaxOps" => "oid_minmax_ops", BRIN;
    "OidMinMaxMultiOps" => "oid_minmax_multi_ops", BRIN;
    "TextBloomOps" => "text_bloom_ops", BRIN;
    "TextMinMaxOps" => "text_minmax_ops", BRIN;
    "TimestampBloomOps" => "timestamp_bloom_ops", BRIN;
    "TimestampMinMaxOps" => "timestamp_minmax_ops", BRIN;
    "TimestampMinMaxMultiOps" => "timestamp_minmax_multi_ops", BRIN;
    "TimestampTzBloomOps" => "timestamptz_bloom_ops", BRIN;
    "TimestampTzMinMaxOps" => "timestamptz_minmax_ops", BRIN;
    "TimestampTzMinMaxMultiOps" => "timestamptz_minmax_multi_ops", BRIN;
    "TimeBloomOps" => "time_bloom_ops", BRIN;
    "TimeMinMaxOps" => "time_minmax_ops", BRIN;
    "TimeMinMaxMultiOps" => "time_minmax_multi_ops", BRIN;
    "TimeTzBloomOps" => "timetz_bloom_ops", BRIN;
    "TimeTzMinMaxOps" => "timetz_minmax_ops", BRIN;
    "TimeTzMinMaxMultiOps" => "timetz_minmax_multi_ops", BRIN;
    "UuidBloomOps" => "uuid_bloom_ops", BRIN;
    "UuidMinMaxOps" => "uuid_minmax_ops", BRIN;
    "UuidMinMaxMultiOps" => "uuid_minmax_multi_ops", BRIN;
}

pub fn operator_class_def(name: &str) -> Option<&'static OperatorClassDef> {
    OPERATOR_CLASSES.iter().find(|c| c.name == name)
}

#[cfg(test)]
mod tests {
    use super::ScalarType;

    #[test]
    fn scalar_types_by_name() {
        for scalar in ScalarType::ALL {
            assert_eq!(ScalarType::from_name(scalar.name()), Some(scalar));
        }
        assert_eq!(ScalarType::from_name("string"), None);
        assert_eq!(ScalarType::from_name("Unsupported"), None);
    }
}
