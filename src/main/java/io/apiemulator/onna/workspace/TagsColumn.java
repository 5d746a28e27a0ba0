package io.apiemulator.onna.workspace;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tags are stored as one JSON array: up to 10,000 of them, always read and written together. */
@Converter
class TagsColumn implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        return JsonMapper.shared().writeValueAsString(tags);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return JsonMapper.shared().readValue(json, TAGS);
    }
}
