package io.apiemulator.onna.resource;

import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A resource's optional fields, stored as the JSON object the client sent them in. */
@Converter
class AttributesColumn implements AttributeConverter<Map<String, Object>, String> {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, Object> attributes) {
        return JsonMapper.shared().writeValueAsString(attributes);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        return JsonMapper.shared().readValue(json, OBJECT);
    }
}
