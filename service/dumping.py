"""`compile_dump(schema)`: marshmallow's `schema.dump`, same output, without its per-field calls.

An annotate answer holds some 30 annotations of 13 fields, each with its context cues;
marshmallow's dump makes about ten calls per field (`serialize`, `get_value`, the schema's
accessor, ...), over half a millisecond a request. The function compiled here walks the
same fields in the same order, reads each value the way marshmallow's accessor does and
converts it with the field's own `_serialize`, a call it skips when the value is of the
type that `_serialize` returns unchanged (a str for a String field, an int for an
Integer, ...). So the schema still decides what leaves the service, and nothing else
changes.

Lists, dicts and nested schemas are walked here; any other field is converted by its
`_serialize`. A schema using what this does not copy (dump hooks, a custom accessor,
`attribute`, `data_key`, `dump_default`, a field's own `serialize`) is refused when
compiled, not while serving.
"""

from marshmallow import Schema, fields, missing
from marshmallow.decorators import POST_DUMP, PRE_DUMP

# Field classes whose `_serialize` returns a value of exactly this type as it is.
_UNCHANGED = {fields.String: str, fields.Integer: int, fields.Float: float, fields.Boolean: bool}


def compile_dump(schema: Schema):
    """A function of one object giving what `schema.dump(obj)` gives (`many` aside)."""
    if schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP]:
        raise TypeError(f"{type(schema).__name__}: dump hooks are not supported")
    if type(schema).get_attribute is not Schema.get_attribute:
        raise TypeError(f"{type(schema).__name__}: a custom get_attribute is not supported")
    plan = []
    for name, field in schema.dump_fields.items():
        if (
            "." in name
            or field.attribute
            or field.data_key
            or field.dump_default is not missing
            or not field._CHECK_ATTRIBUTE
            or type(field).serialize is not fields.Field.serialize
            or type(field).get_value is not fields.Field.get_value
        ):
            raise TypeError(f"{type(schema).__name__}.{name}: not supported by compile_dump")
        plan.append((name, _unchanged(field), _converter(field)))

    def dump(obj):
        out = {}
        for name, kind, convert in plan:
            try:  # marshmallow's accessor: the item, else the attribute, else missing
                value = obj[name]
            except (KeyError, IndexError, TypeError, AttributeError):
                value = getattr(obj, name, missing)
            if value is not missing:
                out[name] = value if type(value) is kind else convert(value, name, obj)
        return out

    return dump


def _unchanged(field):
    """The type of value `field._serialize` returns as it is, or None."""
    kind = _UNCHANGED.get(type(field))
    if kind is None and isinstance(field, fields.Boolean):  # StrictBoolean and the like
        kind = bool if type(field)._serialize is fields.Boolean._serialize else None
    return None if getattr(field, "as_string", False) else kind


def _converter(field):
    """A function giving what `field._serialize(value, attr, obj)` gives."""
    method = type(field)._serialize
    if method is fields.Nested._serialize:
        dump = compile_dump(field.schema)
        if field.schema.many or field.many:
            return lambda value, attr, obj: None if value is None else [dump(v) for v in value]
        return lambda value, attr, obj: None if value is None else dump(value)
    if method is fields.List._serialize:
        kind, inner = _unchanged(field.inner), _converter(field.inner)
        return lambda value, attr, obj: (
            None
            if value is None
            else [each if type(each) is kind else inner(each, attr, obj) for each in value]
        )
    if method is fields.Dict._serialize and field.key_field and field.value_field:
        key, item = _converter(field.key_field), _converter(field.value_field)
        return lambda value, attr, obj: (
            None
            if value is None
            else {key(k, None, None): item(v, None, None) for k, v in value.items()}
        )
    return field._serialize
