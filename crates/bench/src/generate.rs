//! Synthetic Prisma schemas of any size.
//!
//! A schema is a chain of *groups* of ten models each. Every group holds every relation kind Prisma
//! has — one-to-one, one-to-many, a self-relation, two implicit many-to-many relations, an explicit
//! join model with a composite foreign key — plus an enum, composite keys, indexes with types and
//! operator classes, native types, defaults of every kind and `@map`/`@@map`. Each group also
//! refers to the group before it, so the relation graph is connected.
//!
//! [`synthetic`] is deterministic: the same size always gives the same text. [`schema`] builds a
//! schema from explicit [`Variant`]s, which property tests draw at random; every variant is valid
//! for Prisma and its SQL applies to PostgreSQL.

use std::fmt::Write;

/// Models per group.
pub const GROUP_SIZE: usize = 10;

/// How a group's `User` model is identified; foreign keys to it follow suit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// `Int @id @default(autoincrement())`
    Serial,
    /// `BigInt @id @default(autoincrement())`
    BigSerial,
    /// `String @id @default(uuid()) @db.Uuid`
    Uuid,
    /// `String @id @default(cuid())`
    Cuid,
}

impl IdKind {
    pub const ALL: [IdKind; 4] = [IdKind::Serial, IdKind::BigSerial, IdKind::Uuid, IdKind::Cuid];

    fn id_field(self) -> &'static str {
        match self {
            IdKind::Serial => "Int      @id @default(autoincrement())",
            IdKind::BigSerial => "BigInt   @id @default(autoincrement())",
            IdKind::Uuid => "String   @id @default(uuid()) @db.Uuid",
            IdKind::Cuid => "String   @id @default(cuid())",
        }
    }

    /// The type of a foreign key column referring to such an id, with `?` when optional.
    fn foreign_key(self, optional: bool) -> String {
        let (ty, native) = match self {
            IdKind::Serial => ("Int", ""),
            IdKind::BigSerial => ("BigInt", ""),
            IdKind::Uuid => ("String", " @db.Uuid"),
            IdKind::Cuid => ("String", ""),
        };
        format!("{ty}{}{native}", if optional { "?" } else { "" })
    }
}

/// The choices that vary from group to group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    pub id: IdKind,
    /// Whether tables, columns, enums and constraints get database names of their own.
    pub mapped: bool,
    /// The `onDelete` of the required one-to-many relation (`Post.author`).
    pub on_delete: Action,
    /// Whether the one-to-one relation is optional on the referencing side.
    pub optional_one_to_one: bool,
    /// Whether the implicit many-to-many relation between users and groups is named.
    pub named_many_to_many: bool,
}

/// A referential action valid on a required relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Default,
    Cascade,
    Restrict,
    NoAction,
}

impl Action {
    pub const ALL: [Action; 4] = [Action::Default, Action::Cascade, Action::Restrict, Action::NoAction];

    fn argument(self) -> &'static str {
        match self {
            Action::Default => "",
            Action::Cascade => ", onDelete: Cascade",
            Action::Restrict => ", onDelete: Restrict",
            Action::NoAction => ", onDelete: NoAction, onUpdate: NoAction",
        }
    }
}

impl Variant {
    /// The variant of group `index` in [`synthetic`] schemas: every choice cycles, so large schemas
    /// hold every combination of id kind and action.
    pub fn cycling(index: usize) -> Variant {
        Variant {
            id: IdKind::ALL[index % IdKind::ALL.len()],
            mapped: index % 2 == 0,
            on_delete: Action::ALL[(index / 4) % Action::ALL.len()],
            optional_one_to_one: index % 3 == 0,
            named_many_to_many: index % 5 == 1,
        }
    }
}

/// A schema of at least `models` models (rounded up to a multiple of [`GROUP_SIZE`]), the same
/// text every time.
pub fn synthetic(models: usize) -> String {
    let groups = models.div_ceil(GROUP_SIZE).max(1);
    let variants: Vec<Variant> = (0..groups).map(Variant::cycling).collect();
    schema(&variants)
}

/// A schema with one group per variant, in order.
pub fn schema(variants: &[Variant]) -> String {
    let mut out = String::with_capacity(variants.len() * 5_000 + 200);
    out.push_str(HEADER);
    for (g, variant) in variants.iter().enumerate() {
        let group = Group {
            g,
            v: *variant,
            previous: g.checked_sub(1).map(|p| variants[p].id),
            has_next: g + 1 < variants.len(),
        };
        group.write(&mut out);
    }
    out
}

const HEADER: &str = "\
// A synthetic schema made by prisma2sql-bench.

datasource db {
  provider = \"postgresql\"
}

generator client {
  provider = \"prisma-client-js\"
}
";

struct Group {
    g: usize,
    v: Variant,
    /// The id kind of the group before, which `Audit` refers to.
    previous: Option<IdKind>,
    /// Whether a group follows, whose `Audit` refers to this group's `User`.
    has_next: bool,
}

impl Group {
    fn write(&self, out: &mut String) {
        self.role(out);
        self.user(out);
        self.profile(out);
        self.post(out);
        self.comment(out);
        self.category(out);
        self.group(out);
        self.team(out);
        self.membership(out);
        self.setting(out);
        self.audit(out);
    }

    /// `@map("name")` when the group is mapped.
    fn map(&self, name: &str) -> String {
        if self.v.mapped { format!(" @map(\"{name}_{}\")", self.g) } else { String::new() }
    }

    /// `@@map("name")` on a line of its own when the group is mapped.
    fn table_map(&self, name: &str) -> String {
        if self.v.mapped { format!("\n  @@map(\"{name}_{}\")", self.g) } else { String::new() }
    }

    fn role(&self, out: &mut String) {
        let g = self.g;
        let map = self.table_map("role");
        let _ = write!(
            out,
            "
/// What a user may do in group {g}.
enum Role{g} {{
  MEMBER
  ADMIN{admin}
  OWNER
{map}
}}
",
            admin = self.map("admin"),
        );
    }

    fn user(&self, out: &mut String) {
        let g = self.g;
        let id = self.v.id.id_field();
        let manager_fk = self.v.id.foreign_key(true);
        let many_to_many =
            if self.v.named_many_to_many { format!(" @relation(\"Belongs{g}\")") } else { String::new() };
        let next = if self.has_next {
            format!("\n  nextAudits  Audit{}[] @relation(\"Previous{}\")", g + 1, g + 1)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "
/// A person.
model User{g} {{
  id          {id}
  email       String   @unique @db.VarChar(320)
  name        String?{name_map}
  role        Role{g}  @default(MEMBER)
  roles       Role{g}[]
  score       Decimal  @default(0) @db.Decimal(12, 2)
  tags        String[]
  meta        Json?    @db.JsonB
  active      Boolean  @default(true)
  ratio       Float    @default(1.5)
  avatar      Bytes?
  createdAt   DateTime @default(now()) @db.Timestamptz(6)
  updatedAt   DateTime @updatedAt
  managerId   {manager_fk}
  manager     User{g}?  @relation(\"Manages{g}\", fields: [managerId], references: [id], onDelete: SetNull)
  reports     User{g}[] @relation(\"Manages{g}\")
  profile     Profile{g}?
  posts       Post{g}[]
  groups      Group{g}[]{many_to_many}
  memberships Membership{g}[]
  audits      Audit{g}[] @relation(\"Subject{g}\"){next}

  @@index([name, createdAt(sort: Desc)])
  @@index([tags], type: Gin)
  @@index([meta(ops: JsonbPathOps)], type: Gin){map}
}}
",
            name_map = self.map("display_name"),
            map = self.table_map("users"),
        );
    }

    fn profile(&self, out: &mut String) {
        let g = self.g;
        let optional = self.v.optional_one_to_one;
        let fk = self.v.id.foreign_key(optional);
        let q = if optional { "?" } else { "" };
        let _ = write!(
            out,
            "
/// One-to-one: at most one profile per user.
model Profile{g} {{
  id     Int     @id @default(autoincrement())
  bio    String  @default(\"\") @db.Text
  userId {fk} @unique{user_map}
  user   User{g}{q} @relation(fields: [userId], references: [id], onDelete: Cascade, onUpdate: Cascade)
}}
",
            user_map = self.map("user_id"),
        );
    }

    fn post(&self, out: &mut String) {
        let g = self.g;
        let fk = self.v.id.foreign_key(false);
        let action = self.v.on_delete.argument();
        let unique_map = if self.v.mapped { format!(", map: \"post_{g}_author_title\"") } else { String::new() };
        let _ = write!(
            out,
            "
/// One-to-many: a user writes many posts.
model Post{g} {{
  id         BigInt   @id @default(autoincrement())
  title      String   @db.VarChar(200)
  body       String?
  published  Boolean  @default(false)
  views      Int      @default(0){views_map}
  authorId   {fk}
  author     User{g}  @relation(fields: [authorId], references: [id]{action})
  categories Category{g}[]
  comments   Comment{g}[]
  createdAt  DateTime @default(now())

  @@index([authorId])
  @@index([createdAt(ops: TimestampMinMaxOps)], type: Brin)
  @@index([title], type: Hash)
  @@unique([authorId, title]{unique_map})
}}
",
            views_map = self.map("view_count"),
        );
    }

    fn comment(&self, out: &mut String) {
        let g = self.g;
        let _ = write!(
            out,
            "
/// A self-relation: comments answer comments.
model Comment{g} {{
  id       Int          @id @default(autoincrement())
  postId   BigInt
  post     Post{g}      @relation(fields: [postId], references: [id], onDelete: Cascade)
  parentId Int?
  parent   Comment{g}?  @relation(\"Thread{g}\", fields: [parentId], references: [id])
  replies  Comment{g}[] @relation(\"Thread{g}\")
  text     String       @default(\"(empty)\")

  @@index([postId, parentId])
}}
"
        );
    }

    fn category(&self, out: &mut String) {
        let g = self.g;
        let _ = write!(
            out,
            "
/// Implicit many-to-many with posts.
model Category{g} {{
  id    String @id @default(cuid())
  name  String @unique
  posts Post{g}[]
}}
"
        );
    }

    fn group(&self, out: &mut String) {
        let g = self.g;
        let many_to_many =
            if self.v.named_many_to_many { format!(" @relation(\"Belongs{g}\")") } else { String::new() };
        let _ = write!(
            out,
            "
/// Implicit many-to-many with users.
model Group{g} {{
  id    Int    @id @default(autoincrement())
  name  String
  users User{g}[]{many_to_many}

  @@unique([name])
}}
"
        );
    }

    fn team(&self, out: &mut String) {
        let g = self.g;
        let _ = write!(
            out,
            "
/// A composite primary key.
model Team{g} {{
  orgId       Int
  slug        String @db.VarChar(64)
  name        String?
  memberships Membership{g}[]

  @@id([orgId, slug])
}}
"
        );
    }

    fn membership(&self, out: &mut String) {
        let g = self.g;
        let fk = self.v.id.foreign_key(false);
        let _ = write!(
            out,
            "
/// An explicit join model with a composite foreign key.
model Membership{g} {{
  userId   {fk}
  teamOrg  Int
  teamSlug String   @db.VarChar(64)
  role     Role{g}  @default(MEMBER)
  joinedAt DateTime @default(now())
  user     User{g}  @relation(fields: [userId], references: [id], onDelete: Cascade)
  team     Team{g}  @relation(fields: [teamOrg, teamSlug], references: [orgId, slug], onDelete: Cascade, onUpdate: Cascade)

  @@id([userId, teamOrg, teamSlug])
  @@index([teamOrg, teamSlug])
}}
"
        );
    }

    fn setting(&self, out: &mut String) {
        let g = self.g;
        let _ = write!(
            out,
            "
/// Defaults of every kind and a composite unique key.
model Setting{g} {{
  id      Int      @id @default(autoincrement())
  scope   String   @default(\"global\")
  key     String
  value   Json     @default(\"{{}}\")
  number  Int      @default(-1)
  big     BigInt   @default(9007199254740993)
  price   Decimal  @default(19.99)
  flag    Boolean  @default(false)
  day     DateTime @default(\"2024-01-01T00:00:00Z\") @db.Date
  list    Int[]    @default([1, 2, 3])
  code    String   @default(dbgenerated(\"md5('x')\")) @db.Char(32)

  @@unique([scope, key]){map}
}}
",
            map = self.table_map("settings"),
        );
    }

    fn audit(&self, out: &mut String) {
        let g = self.g;
        let fk = self.v.id.foreign_key(true);
        let previous = match self.previous {
            Some(kind) => format!(
                "\n  previousId {}\n  previous   User{}? @relation(\"Previous{g}\", fields: [previousId], references: [id])",
                kind.foreign_key(true),
                g - 1
            ),
            None => String::new(),
        };
        let _ = write!(
            out,
            "
/// Relations to this group's users and to the group before.
model Audit{g} {{
  id        String   @id @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid
  subjectId {fk}
  subject   User{g}? @relation(\"Subject{g}\", fields: [subjectId], references: [id], onDelete: SetNull){previous}
  at        DateTime @default(now()) @db.Timestamp(3)
}}
"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_up_to_whole_groups() {
        let count = |text: &str| text.matches("\nmodel ").count();
        assert_eq!(count(&synthetic(10)), 10);
        assert_eq!(count(&synthetic(15)), 20);
        assert_eq!(count(&synthetic(100)), 100);
    }

    #[test]
    fn synthetic_is_deterministic() {
        assert_eq!(synthetic(40), synthetic(40));
    }
}
