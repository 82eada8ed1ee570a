package org.hotline.console.security;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ConsoleUserMapper {

    Optional<ConsoleUserRow> findByUsername(@Param("username") String username);

    List<ConsoleUserRow> findAll();

    int insert(ConsoleUserRow row);

    long count();
}
